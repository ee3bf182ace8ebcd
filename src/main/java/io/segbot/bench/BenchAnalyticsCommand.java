package io.segbot.bench;

import io.segbot.analytics.Clustering;
import io.segbot.analytics.RfmScores;
import io.segbot.engine.SparkLaunch;
import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.segmentation.AnalysisService;
import io.segbot.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench analytics}: segbot against pandas + scikit-learn and DuckDB on the same
 * generated CSV, boundary by boundary (read, per-customer aggregation, analysis, BG/NBD +
 * Gamma-Gamma fit, store), rounds alternated (segbot, peers, segbot, peers, ...), medians and
 * ratios. Segbot runs in this JVM, so rounds after the first run compiled code; each peer is a
 * fresh process, as a user would run it.
 */
@Command(
        name = "analytics",
        mixinStandardHelpOptions = true,
        description = "Time import and analysis of a synthetic dataset (default 1M customers, ~10M orders)"
                + " side by side with the pandas + scikit-learn and DuckDB peers.")
public final class BenchAnalyticsCommand implements Callable<Integer> {
    @Option(names = "--customers", defaultValue = "1000000", paramLabel = "N", description = "default ${DEFAULT-VALUE}")
    int customers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--yearly-rate",
            defaultValue = "14",
            paramLabel = "R",
            description = "mean purchases per active year; with --dropout-b 20 about 10 orders per customer")
    double yearlyRate;

    @Option(names = "--dropout-b", defaultValue = "20", paramLabel = "B", description = "dropout ~ Beta(1, B)")
    double dropoutB;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N", description = "alternated rounds; default 5")
    int runs;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "CSV, databases, DuckDB's npm folder; default target/bench")
    Path workDir;

    @Option(names = "--peer", description = "run peer_pandas_sklearn.py (OMP_NUM_THREADS=1) in every round")
    boolean peer;

    @Option(
            names = "--duckdb",
            description = "run peer_duckdb_rfm.mjs (node + @duckdb/node-api via npm) in every round")
    boolean duckdb;

    @Option(
            names = "--c-source",
            defaultValue = "bench/cparse.c",
            paramLabel = "FILE",
            description = "the C reference parse, compiled with cc -O2; default ${DEFAULT-VALUE} (in the repository)")
    Path cSource;

    @Option(
            names = "--peer-dir",
            defaultValue = "../shared/bench",
            paramLabel = "DIR",
            description = "where the peer scripts are; default ${DEFAULT-VALUE}")
    Path peerDir;

    @Option(
            names = "--small-heap",
            description = "also run analyze as its own process with -Xmx 400 MB per million customers")
    boolean smallHeap;

    @Option(
            names = "--engine",
            defaultValue = "in-process",
            paramLabel = "in-process|spark",
            description = "spark: time the Spark engine (segbot-spark, local[2] in a child JVM) against the in-process"
                    + " engine on the same file, rounds alternated; needs the built segbot-spark/target")
    String engine;

    @Option(
            names = "--spark-home",
            paramLabel = "DIR",
            description = "with --engine spark: the built segbot-spark/target; default $SEGBOT_SPARK_HOME, else"
                    + " ./segbot-spark/target")
    String sparkHome;

    /** Data rows of the CSV, as the import counted them. */
    private long rows;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (!engine.equals("in-process") && !engine.equals("spark")) {
            throw new IllegalArgumentException("--engine must be in-process or spark, got '" + engine + "'");
        }
        Path dir = Files.createDirectories(workDir != null ? workDir : Path.of("target", "bench"));
        Path sparkJob = engine.equals("spark")
                ? SparkLaunch.home(sparkHome, System.getenv(), Path.of("").toAbsolutePath(), true)
                : null;
        Path csv = generate(dir);
        if (sparkJob != null) {
            return new SparkBench(dir, csv, sparkJob, seed).run(runs, ours -> segbotRound(dir, csv, ours));
        }
        BenchPeers peers = new BenchPeers(peerDir);
        boolean pandas = peer && available("pandas + scikit-learn", peers.pandasMissing());
        boolean duck = duckdb && available("DuckDB", peers.duckdbMissing(dir));
        boolean c = available("C reference parse", peers.cParseMissing(cSource, dir));
        System.out.println("load       " + BenchTable.loadAverage() + " before the rounds");
        BenchTable table = new BenchTable();
        AnalysisService.Outcome last = null;
        for (int round = 1; round <= runs; round++) {
            Map<String, Double> ours = new LinkedHashMap<>();
            last = segbotRound(dir, csv, ours);
            table.add("segbot", ours);
            table.addTotal("segbot", "agg+analysis+fit", ours, "aggregate", "analysis", "fit");
            table.addTotal("segbot", "read+agg+analysis", ours, "read", "aggregate", "analysis");
            table.addTotal("segbot", "import+rfm", ours, "read", "aggregate", "rfm");
            table.addTotal("segbot", "cpu.read+agg+analysis", ours, "cpu.read", "cpu.aggregate", "cpu.analysis");
            table.addTotal("segbot", "cpu.import+rfm", ours, "cpu.read", "cpu.aggregate", "cpu.rfm");
            StringBuilder line = new StringBuilder(String.format("round %d    segbot %s", round, brief(ours)));
            if (pandas) {
                Map<String, Double> theirs = peers.pandas(csv);
                table.add("pandas", theirs);
                table.addTotal("pandas", "read+agg+analysis", theirs, "read", "aggregate", "analysis");
                table.addTotal("pandas", "cpu.read+agg+analysis", theirs, "cpu.read", "cpu.aggregate", "cpu.analysis");
                line.append("; pandas ").append(brief(theirs));
            }
            if (duck) {
                Map<String, Double> theirs = peers.duckdb(dir, csv);
                table.add("duckdb", theirs);
                line.append("; duckdb ").append(brief(theirs));
            }
            if (c) {
                Map<String, Double> theirs = peers.cParse(dir, csv);
                table.add("c", theirs);
                line.append("; C parse ").append(brief(theirs));
            }
            System.out.println(line);
        }
        System.out.println("load       " + BenchTable.loadAverage() + " after the rounds");
        BenchReport.print(table, pandas, duck, c, rows);
        compareKMeans(peers, pandas, dir, last);
        System.out.printf(
                "peak heap  %,d MB used in this process (max %,d MB; includes garbage: G1 grows toward the maximum)%n",
                peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        if (smallHeap) {
            Path db = dir.resolve("small-heap/db");
            try (Database database = Database.open(db)) {
                new Importer(database).importTransactions(Importer.Request.of(csv));
            }
            int heapMb = Math.max(256, (int) Math.ceil(400.0 * customers / 1_000_000));
            SmallHeapRun.analyze(db, heapMb);
            deleteTree(dir.resolve("small-heap"));
        }
        return 0;
    }

    private Path generate(Path dir) throws IOException {
        Path csv = dir.resolve(
                "bench_transactions_" + customers + "_" + seed + "_" + yearlyRate + "_" + dropoutB + ".csv");
        if (Files.isRegularFile(csv)) {
            System.out.printf("generate   reusing %s (%,d bytes)%n", csv, Files.size(csv));
            return csv;
        }
        long started = System.nanoTime();
        Path partial = dir.resolve(csv.getFileName() + ".partial");
        long rows;
        try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            rows = TransactionGenerator.write(
                    new TransactionGenerator.Spec(customers, seed, LocalDate.of(2023, 1, 1), 730, yearlyRate, dropoutB),
                    writer);
        }
        Files.move(partial, csv);
        System.out.printf("generate   %,d customers, %,d rows in %.1f s: %s%n", customers, rows, seconds(started), csv);
        return csv;
    }

    private static boolean available(String peerName, String missing) {
        if (missing != null) {
            System.out.println("peer       " + peerName + " MISSING, no ratios for it: " + missing);
        }
        return missing == null;
    }

    /** One segbot round in a fresh database: import, then analyze with each step timed. */
    AnalysisService.Outcome segbotRound(Path dir, Path csv, Map<String, Double> seconds) throws IOException {
        Path roundDir = dir.resolve("segbot-round");
        deleteTree(roundDir);
        try (Database database = Database.open(roundDir.resolve("db"))) {
            long[] cpu = {processCpuNanos()};
            long started = System.nanoTime();
            ImportSummary summary = new Importer(database).importTransactions(Importer.Request.of(csv));
            seconds.put("read", seconds(started));
            lapCpu(seconds, "read", cpu);
            AnalysisService service = new AnalysisService(database, Clock.systemUTC());
            AnalysisService.Outcome outcome = service.analyze(
                    new AnalysisService.Request(summary.dataset(), null, 0, seed, 365), (step, nanos) -> {
                        seconds.put(step, nanos / 1e9);
                        lapCpu(seconds, step, cpu);
                    });
            long rfm = System.nanoTime();
            RfmScores.of(outcome.result().metrics());
            seconds.put("rfm", seconds(rfm));
            lapCpu(seconds, "rfm", cpu);
            rows = summary.rowsRead();
            return outcome;
        } finally {
            deleteTree(roundDir);
        }
    }

    private static String brief(Map<String, Double> seconds) {
        StringBuilder out = new StringBuilder();
        seconds.forEach((step, value) -> {
            if (!step.equals("k") && !step.equals("rows") && !step.startsWith("cpu.")) {
                out.append(out.isEmpty() ? "" : " ").append(step).append(String.format(" %.2f", value));
            }
        });
        return out.toString();
    }

    /** segbot's final k-means fit against scikit-learn's on the very same standardised points. */
    private void compareKMeans(BenchPeers peers, boolean pandas, Path dir, AnalysisService.Outcome outcome)
            throws IOException, InterruptedException {
        Clustering.Outcome clusters = outcome.result().clusters();
        System.out.printf(
                "%nk-means    segbot: k = %d, full fit from the sample's centroids in %d iterations, inertia %.6e%n",
                clusters.k(), clusters.iterations(), clusters.inertia());
        if (!pandas) {
            return;
        }
        double[] points = Clustering.features(outcome.result().metrics());
        Path file = dir.resolve("features.f64");
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(8 * 8192).order(ByteOrder.LITTLE_ENDIAN);
            for (double value : points) {
                if (!buffer.hasRemaining()) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putDouble(value);
            }
            out.write(buffer.array(), 0, buffer.position());
        }
        long started = System.nanoTime();
        double[] sklearn = peers.sklearnKMeans(file, clusters.k());
        System.out.printf(
                "k-means    scikit-learn KMeans(n_init=3) on the same points: %d iterations, inertia %.6e (%.1f s);"
                        + " segbot's inertia is %.4f%% %s%n",
                (int) sklearn[0],
                sklearn[1],
                seconds(started),
                Math.abs(clusters.inertia() / sklearn[1] - 1) * 100,
                clusters.inertia() <= sklearn[1] ? "lower" : "higher");
        Files.deleteIfExists(file);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** CPU seconds of this whole process (all threads, JIT and GC included) since the last lap. */
    private static void lapCpu(Map<String, Double> seconds, String step, long[] last) {
        long now = processCpuNanos();
        seconds.put("cpu." + step, (now - last[0]) / 1e9);
        last[0] = now;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
