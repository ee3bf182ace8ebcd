package io.segbot.bench;

import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.CartTable;
import io.segbot.mece.MeceConfig;
import io.segbot.mece.MeceRun;
import io.segbot.mece.MeceRunner;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.mecerun.MeceService;
import io.segbot.report.MeceCsvExport;
import io.segbot.store.Database;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench mece}: generation, CSV write, import into H2, load, the run (assignment + proof
 * + scores, the 3-second bar), storing the run and writing its CSVs, each timed on its own.
 */
@Command(
        name = "mece",
        mixinStandardHelpOptions = true,
        description = "Time generation, import and the MECE run (incl. proof) on synthetic cart abandoners.")
public final class BenchMeceCommand implements Callable<Integer> {
    @Option(names = "--users", defaultValue = "1000000", paramLabel = "N", description = "default ${DEFAULT-VALUE}")
    int users;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--as-of",
            defaultValue = "2025-06-30",
            paramLabel = "DATE",
            description = "default" + " ${DEFAULT-VALUE}")
    LocalDate asOf;

    @Option(
            names = "--repeat",
            defaultValue = "3",
            paramLabel = "N",
            description = "timed runs after the first;" + " default ${DEFAULT-VALUE}")
    int repeat;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "where to write the CSV and database; default a" + " temp dir")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("segbot-bench");
        System.out.printf(
                "bench mece: %,d users, seed %d, as of %s, %d cores, max heap %,d MB%n",
                users,
                seed,
                asOf,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        CartTable generated = CartAbandonerGenerator.generate(users, seed, asOf, false);
        System.out.printf("generate   %,d users in memory: %.2f s%n", users, BenchAnalyticsCommand.seconds(t0));
        Path csv = dir.resolve("bench_cart_abandoners_" + users + ".csv");
        long t1 = System.nanoTime();
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            CartCsv.write(generated, writer);
        }
        System.out.printf("write csv  %,d MB: %.2f s%n", Files.size(csv) >> 20, BenchAnalyticsCommand.seconds(t1));
        try (Database database = Database.open(dir.resolve("bench-mece-db-" + System.nanoTime()))) {
            long t2 = System.nanoTime();
            ImportSummary summary = CartAbandonerImport.importFile(database, Importer.Request.of(csv), asOf);
            double importSeconds = BenchAnalyticsCommand.seconds(t2);
            System.out.printf(
                    "import     %,d rows into H2: %.2f s = %,d rows/s%n",
                    summary.rowsImported(), importSeconds, Math.round(summary.rowsImported() / importSeconds));
            MeceService service = new MeceService(database, Clock.systemUTC());
            MeceService.Request request = new MeceService.Request(summary.dataset(), null, asOf, MeceConfig.defaults());
            long t3 = System.nanoTime();
            MeceService.Input input = service.load(request);
            double loadSeconds = BenchAnalyticsCommand.seconds(t3);
            System.out.printf(
                    "load       %,d rows from H2: %.2f s%n", input.table().size(), loadSeconds);
            timeRuns(input.table());
            long t4 = System.nanoTime();
            MeceService.Outcome outcome = service.runOn(input, request);
            double runAndStoreSeconds = BenchAnalyticsCommand.seconds(t4);
            System.out.printf(
                    "run+store  run %d (%s), %,d assignments stored: %.2f s (of which run %.2f s)%n",
                    outcome.runId(),
                    outcome.run().status(),
                    outcome.run().universe().universe(),
                    runAndStoreSeconds,
                    outcome.runSeconds());
            // what a user waits for from a CSV to a stored run: the timed repeats above are left out
            System.out.printf(
                    "pipeline   import + load + run + store: %.2f s%n",
                    importSeconds + loadSeconds + runAndStoreSeconds);
            long t5 = System.nanoTime();
            MeceCsvExport.write(outcome.run(), dir.resolve("mece-out"));
            System.out.printf(
                    "write outs %s and %s: %.2f s%n",
                    MeceCsvExport.USERS_FILE, MeceCsvExport.STRATEGY_FILE, BenchAnalyticsCommand.seconds(t5));
        }
        System.out.printf(
                "peak heap  %,d MB; system load average %.1f on %d cores (other work shares them)%n",
                BenchAnalyticsCommand.peakHeapMb(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** The 3-second bar: assignment + proof + scores on the in-memory table; first (cold) run and repeats. */
    private void timeRuns(CartTable table) {
        for (int attempt = 0; attempt <= repeat; attempt++) {
            long started = System.nanoTime();
            MeceRun run = MeceRunner.run(table, asOf, MeceConfig.defaults());
            System.out.printf(
                    "run %s    universe %,d, %d segments, proof %s: %.3f s%n",
                    attempt == 0 ? "cold" : "#" + attempt,
                    run.universe().universe(),
                    run.segments().size(),
                    run.proof().passed() ? "passed" : "FAILED",
                    BenchAnalyticsCommand.seconds(started));
        }
    }
}
