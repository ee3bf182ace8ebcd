package io.segbot.bench;

import io.segbot.store.Database;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Kills real segbot processes ({@code kill -9}, via {@link Process#destroyForcibly}) at seeded random
 * moments during import, analyze, a MECE run with its CSV export, and a report, and after each kill
 * checks that the database opens, that nothing partial is visible (every dataset complete, every
 * analysis and MECE run with its segments), that every file is whole or absent (no CSV cut mid-line,
 * report.md only beside all its files) and that the same command then succeeds. Used by {@code
 * segbot bench faults} and, smaller, by the test suite.
 */
final class FaultTrial {
    /** One kind of operation, its command line, and how long it may run before the kill. */
    record Operation(String name, List<String> args) {}

    /** The outcome of one trial: kills that landed while the command ran, and every problem found. */
    record Result(int attempts, int kills, int finishedFirst, List<String> problems) {}

    /** segbot's entry point, named, not imported: nothing imports app. */
    static final String MAIN_CLASS = "io.segbot.app.Main";

    private final Path work;
    private final String classpath;
    private final Random random;
    private final long maxDelayMillis;

    /**
     * @param work an empty working folder (the database, inputs and outputs go here)
     * @param classpath the classpath of the segbot child processes
     * @param seed the seed of the kill moments (same seed, same moments)
     * @param maxDelayMillis the latest kill moment after the start
     */
    FaultTrial(Path work, String classpath, long seed, long maxDelayMillis) {
        this.work = work;
        this.classpath = classpath;
        this.random = new Random(seed);
        this.maxDelayMillis = maxDelayMillis;
    }

    List<Operation> operations() {
        return List.of(
                new Operation("import", List.of("import", "transactions", "tx.csv", "--dataset", "shop", "--replace")),
                new Operation("analyze", List.of("analyze", "--dataset", "shop", "--k", "3", "--seed", "1")),
                new Operation(
                        "mece run + export",
                        List.of("mece", "run", "carts.csv", "--as-of", "2024-06-30", "--out", "mece-out")),
                new Operation("report", List.of("report", "segments", "--out", "report-out")));
    }

    /** Writes the inputs and runs every operation once to completion, so each has something to work on. */
    void prepare(int customers) throws IOException, InterruptedException {
        require(
                finish(List.of(
                        "generate",
                        "transactions",
                        "--customers",
                        String.valueOf(customers),
                        "--seed",
                        "7",
                        "--out",
                        "tx.csv")),
                "generate transactions");
        require(
                finish(List.of(
                        "mece",
                        "generate",
                        "--users",
                        String.valueOf(customers),
                        "--seed",
                        "7",
                        "--as-of",
                        "2024-06-30",
                        "--out",
                        "carts.csv")),
                "mece generate");
        for (Operation operation : operations()) {
            require(finish(operation.args()), operation.name());
        }
    }

    /** {@code rounds} kills per operation, each followed by the checks and a run to completion. */
    Result run(int rounds) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        int attempts = 0;
        int kills = 0;
        int finishedFirst = 0;
        for (int round = 0; round < rounds; round++) {
            for (Operation operation : operations()) {
                attempts++;
                long delay = 200 + (long) (random.nextDouble() * (maxDelayMillis - 200));
                Process process = start(operation.args(), "killed");
                boolean ended = process.waitFor(delay, TimeUnit.MILLISECONDS);
                if (ended) {
                    finishedFirst++;
                } else {
                    process.destroyForcibly().waitFor();
                    kills++;
                }
                String where = operation.name() + " killed after " + delay + " ms";
                problems.addAll(check(where));
                int code = finish(operation.args());
                if (code != 0) {
                    problems.add(where + ": the next run failed with exit " + code + ": " + lastError());
                }
            }
        }
        return new Result(attempts, kills, finishedFirst, problems);
    }

    /** The checks after a kill; an empty list when everything holds. */
    List<String> check(String where) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Database database = Database.open(work.resolve("db/segbot"))) {
            problems.addAll(partialRows(database, where));
        } catch (RuntimeException e) {
            problems.add(where + ": the database does not open: " + e.getMessage());
        }
        problems.addAll(partialFiles(where));
        return problems;
    }

    private static List<String> partialRows(Database database, String where) {
        String[][] checks = {
            {
                "a dataset without its dates",
                "SELECT COUNT(*) FROM dataset WHERE kind = 'transactions' AND last_date IS NULL"
            },
            {
                "an analysis run without segments",
                "SELECT COUNT(*) FROM analysis_run r WHERE NOT EXISTS (SELECT 1 FROM run_segment s WHERE s.run_id = r.id)"
            },
            {
                "an analysis run without customers",
                "SELECT COUNT(*) FROM analysis_run r WHERE NOT EXISTS"
                        + " (SELECT 1 FROM run_customer_block b WHERE b.run_id = r.id)"
            },
            {
                "a MECE run without segments",
                "SELECT COUNT(*) FROM mece_run r WHERE NOT EXISTS (SELECT 1 FROM mece_segment s WHERE s.run_id = r.id)"
            },
        };
        List<String> problems = new ArrayList<>();
        database.inTransaction(c -> {
            for (String[] check : checks) {
                try (ResultSet rows = c.createStatement().executeQuery(check[1])) {
                    rows.next();
                    if (rows.getLong(1) != 0) {
                        problems.add(where + ": " + check[0]);
                    }
                }
            }
            return null;
        });
        return problems;
    }

    private List<String> partialFiles(String where) throws IOException {
        List<String> problems = new ArrayList<>();
        for (String folder : List.of("mece-out", "report-out")) {
            Path dir = work.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".csv") && !wholeCsv(file)) {
                        problems.add(where + ": " + folder + "/" + name + " is cut");
                    }
                }
            }
        }
        Path report = work.resolve("report-out/report.md");
        if (Files.exists(report)) {
            String text = Files.readString(report, StandardCharsets.UTF_8);
            for (String png : List.of("revenue-share.png")) {
                if (text.contains(png) && !Files.exists(report.resolveSibling(png))) {
                    problems.add(where + ": report.md is there without " + png);
                }
            }
        }
        return problems;
    }

    /** Ends with a line break and every line has the header's number of fields (no quoted commas here). */
    static boolean wholeCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0 || bytes[bytes.length - 1] != '\n') {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long fields = fields(lines.get(0));
        return lines.stream().allMatch(line -> fields(line) == fields);
    }

    private static long fields(String line) {
        long count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                count++;
            }
        }
        return count;
    }

    private Process start(List<String> args, String label) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath,
                MAIN_CLASS,
                "--db",
                work.resolve("db/segbot").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SEGBOT_"));
        return builder.redirectOutput(work.resolve(label + ".out").toFile())
                .redirectError(work.resolve(label + ".err").toFile())
                .start();
    }

    private int finish(List<String> args) throws IOException, InterruptedException {
        Process process = start(args, "last");
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }

    private String lastError() throws IOException {
        return Files.readString(work.resolve("last.err"), StandardCharsets.UTF_8)
                .strip();
    }

    private void require(int code, String what) throws IOException {
        if (code != 0) {
            throw new IllegalStateException(what + " failed with exit " + code + ": " + lastError());
        }
    }

    /** The running JVM's classpath without coverage agents, for child processes. */
    static String classpathOf(String classpath) {
        return String.join(
                File.pathSeparator,
                Stream.of(classpath.split(File.pathSeparator))
                        .filter(entry -> !entry.contains("jacoco"))
                        .toList());
    }
}
