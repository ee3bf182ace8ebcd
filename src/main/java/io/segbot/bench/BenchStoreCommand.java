package io.segbot.bench;

import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.segmentation.AnalysisService;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench store --db jdbc:postgresql://…}: the same generated CSV imported and analysed
 * on a fresh H2 file and on the PostgreSQL database named by {@code --db}, rounds alternated (H2,
 * PostgreSQL, H2, …), medians. What differs between the two is only the store: reading the
 * dataset's blocks back (aggregate) and writing the run (store); the analysis itself is the same code.
 * Each round's dataset is deleted from PostgreSQL again.
 */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Compare import rows/s and analyze time on H2 and on the PostgreSQL database given with"
                + " --db jdbc:postgresql://… (login from SEGBOT_DB_USER, SEGBOT_DB_PASSWORD).")
public final class BenchStoreCommand implements Callable<Integer> {
    private final BenchHost host;

    @Option(names = "--customers", defaultValue = "100000", paramLabel = "N", description = "default ${DEFAULT-VALUE}")
    int customers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "rounds per store; default 3")
    int runs;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "CSV and H2 files; default target/bench")
    Path workDir;

    private static final List<String> COLUMNS = List.of("import", "aggregate", "fit", "analysis", "store", "analyze");

    public BenchStoreCommand(BenchHost host) {
        this.host = host;
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (!host.databaseIsServer()) {
            throw new IllegalArgumentException("bench store compares H2 with PostgreSQL: give --db"
                    + " jdbc:postgresql://host:5432/db (user and password from SEGBOT_DB_USER, SEGBOT_DB_PASSWORD)");
        }
        Path dir = Files.createDirectories(workDir != null ? workDir : Path.of("target", "bench"));
        Path csv = generate(dir);
        Map<String, List<Map<String, Double>>> rounds = new LinkedHashMap<>();
        rounds.put("h2", new ArrayList<>());
        rounds.put("postgresql", new ArrayList<>());
        long[] rows = {0};
        System.out.println("load       " + loadAverage() + " before the rounds");
        try (Database postgres = host.openServer()) {
            for (int round = 1; round <= runs; round++) {
                Path h2Dir = dir.resolve("store-h2-round");
                deleteTree(h2Dir);
                try (Database h2 = Database.open(h2Dir.resolve("db"))) {
                    rounds.get("h2").add(round(h2, csv, round, rows));
                } finally {
                    deleteTree(h2Dir);
                }
                rounds.get("postgresql").add(round(postgres, csv, round, rows));
                System.out.printf(
                        "round %d    h2 %s | postgresql %s%n",
                        round,
                        brief(rounds.get("h2").get(round - 1)),
                        brief(rounds.get("postgresql").get(round - 1)));
            }
        }
        System.out.println("load       " + loadAverage() + " after the rounds");
        print(rounds, rows[0]);
        return 0;
    }

    /** Import then analyze in {@code database}; the dataset is deleted afterwards. Seconds per step. */
    private Map<String, Double> round(Database database, Path csv, int round, long[] rows) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        String name = "bench-store-" + round + "-" + ProcessHandle.current().pid();
        long started = System.nanoTime();
        ImportSummary summary = new Importer(database)
                .importTransactions(new Importer.Request(
                        csv,
                        name,
                        true,
                        io.segbot.ingest.OnError.FAIL,
                        io.segbot.ingest.ColumnMapping.automatic(),
                        ','));
        seconds.put("import", (System.nanoTime() - started) / 1e9);
        rows[0] = summary.rowsRead();
        started = System.nanoTime();
        AnalysisService.Outcome outcome = new AnalysisService(database, Clock.systemUTC())
                .analyze(
                        new AnalysisService.Request(name, null, 0, seed, 365),
                        (step, nanos) -> seconds.put(step, nanos / 1e9));
        seconds.put("analyze", (System.nanoTime() - started) / 1e9);
        database.inTransaction(c -> {
            new DatasetRepository(database).delete(c, outcome.dataset().id());
            return null;
        });
        return seconds;
    }

    private Path generate(Path dir) throws IOException {
        Path csv = dir.resolve("bench_store_" + customers + "_" + seed + ".csv");
        if (Files.isRegularFile(csv)) {
            System.out.printf("generate   reusing %s (%,d bytes)%n", csv, Files.size(csv));
            return csv;
        }
        Path partial = dir.resolve(csv.getFileName() + ".partial");
        long rows;
        try (BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            rows = TransactionGenerator.write(
                    new TransactionGenerator.Spec(customers, seed, LocalDate.of(2023, 1, 1), 730, 14, 20), writer);
        }
        Files.move(partial, csv);
        System.out.printf("generate   %,d customers, %,d rows: %s%n", customers, rows, csv);
        return csv;
    }

    private static String brief(Map<String, Double> seconds) {
        StringBuilder out = new StringBuilder();
        for (String column : COLUMNS) {
            out.append(out.isEmpty() ? "" : " ").append(column).append(String.format(" %.2f", seconds.get(column)));
        }
        return out.toString();
    }

    private void print(Map<String, List<Map<String, Double>>> rounds, long rows) {
        System.out.printf(
                "%nmedians of %d rounds, %,d customers, %,d CSV rows (seconds unless stated)%n", runs, customers, rows);
        System.out.printf("%-12s %14s", "store", "import rows/s");
        COLUMNS.forEach(column -> System.out.printf(" %10s", column));
        System.out.println();
        Map<String, Double> h2 = medians(rounds.get("h2"));
        Map<String, Double> postgres = medians(rounds.get("postgresql"));
        for (Map.Entry<String, Map<String, Double>> store : Map.of("h2", h2, "postgresql", postgres).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .toList()) {
            System.out.printf(
                    "%-12s %,14.0f", store.getKey(), rows / store.getValue().get("import"));
            COLUMNS.forEach(
                    column -> System.out.printf(" %10.2f", store.getValue().get(column)));
            System.out.println();
        }
        System.out.printf("%-12s %14s", "pg / h2", "");
        COLUMNS.forEach(column -> System.out.printf(" %9.2fx", postgres.get(column) / h2.get(column)));
        System.out.println();
    }

    private static Map<String, Double> medians(List<Map<String, Double>> rounds) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            double[] values =
                    rounds.stream().mapToDouble(r -> r.get(column)).sorted().toArray();
            int n = values.length;
            medians.put(column, n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
        }
        return medians;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII)
                    .split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2] + " on "
                    + Runtime.getRuntime().availableProcessors() + " cores";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
