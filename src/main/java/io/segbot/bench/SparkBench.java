package io.segbot.bench;

import io.segbot.engine.SparkLaunch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code segbot bench analytics --engine spark}: the in-process engine (import, then analyze, in this
 * JVM) against the Spark engine (segbot-spark on local[2], a fresh child JVM per round, as {@code
 * segbot analyze --engine spark} runs it) on the same CSV, rounds alternated, each engine storing its
 * run in a fresh H2 file. Prints each engine's steps, the medians and the load average, and an
 * estimate of the cluster size at which Spark would pay, from the stage timings.
 */
final class SparkBench {
    private static final Pattern STEP = Pattern.compile("^step (\\d+)/(\\d+) .* \\(([0-9.]+) s\\)$");
    private static final Pattern STORED = Pattern.compile("^run \\d+ stored: .*, ([0-9.]+) s on Spark");
    static final String MASTER = "local[2]";
    /** Spark steps whose work is spread over the executors: read, group, the edge sorts, scoring. */
    static final List<Integer> PARALLEL_STEPS = List.of(1, 2, 3, 4);

    /** One in-process round, timing its steps into the map (BenchAnalyticsCommand's). */
    @FunctionalInterface
    interface InProcessRound {
        void run(Map<String, Double> seconds) throws IOException;
    }

    private final Path dir;
    private final Path csv;
    private final Path sparkHome;
    private final long seed;

    SparkBench(Path dir, Path csv, Path sparkHome, long seed) {
        this.dir = dir;
        this.csv = csv;
        this.sparkHome = sparkHome;
        this.seed = seed;
    }

    int run(int runs, InProcessRound inProcess) throws Exception {
        System.out.println("load       " + BenchTable.loadAverage() + " before the rounds");
        List<Double> inProcessTotals = new ArrayList<>();
        List<Double> sparkTotals = new ArrayList<>();
        Map<String, List<Double>> sparkSteps = new LinkedHashMap<>();
        for (int round = 1; round <= runs; round++) {
            Map<String, Double> ours = new LinkedHashMap<>();
            inProcess.run(ours);
            double local = ours.get("read")
                    + ours.get("aggregate")
                    + ours.get("fit")
                    + ours.get("analysis")
                    + ours.get("store");
            inProcessTotals.add(local);
            Map<String, Double> spark = sparkRound();
            sparkTotals.add(spark.get("total"));
            spark.forEach((step, value) ->
                    sparkSteps.computeIfAbsent(step, s -> new ArrayList<>()).add(value));
            System.out.printf(
                    Locale.ROOT,
                    "round %d    in-process %.2f s (import %.2f, aggregate %.2f, fit %.2f, analysis %.2f, store %.2f);"
                            + " spark %s %.2f s %s%n",
                    round,
                    local,
                    ours.get("read"),
                    ours.get("aggregate"),
                    ours.get("fit"),
                    ours.get("analysis"),
                    ours.get("store"),
                    MASTER,
                    spark.get("total"),
                    spark);
        }
        System.out.println("load       " + BenchTable.loadAverage() + " after the rounds");
        double local = median(inProcessTotals);
        double spark = median(sparkTotals);
        System.out.printf(
                Locale.ROOT,
                "%nmedian     in-process %.2f s, spark %s %.2f s (%.1fx the in-process time), %d rounds%n",
                local,
                MASTER,
                spark,
                spark / local,
                runs);
        Map<String, Double> medians = new LinkedHashMap<>();
        sparkSteps.forEach((step, values) -> medians.put(step, median(values)));
        System.out.println("spark      median seconds per step: " + medians);
        System.out.println(crossover(medians, local));
        return 0;
    }

    /**
     * Where Spark would pay, from the steps: the parallel steps' time shrinks with cores (measured on
     * 2), the rest (JVM and Spark start, the driver's fits, the sample k-means fits in one partition,
     * collecting and storing) does not. An estimate, not a measurement.
     */
    static String crossover(Map<String, Double> steps, double inProcess) {
        double parallel = 0;
        double serial = 0;
        for (Map.Entry<String, Double> step : steps.entrySet()) {
            if (step.getKey().equals("total")) {
                continue;
            }
            boolean spreads =
                    PARALLEL_STEPS.stream().anyMatch(k -> step.getKey().startsWith(k + " "));
            if (spreads) {
                parallel += step.getValue();
            } else {
                serial += step.getValue();
            }
        }
        String head = String.format(
                Locale.ROOT,
                "estimate   spark's parallel steps (read, group, edge sorts, scoring) took %.1f s on 2 cores, the rest"
                        + " (start, driver fits, sample k-means, collect, store) %.1f s; ",
                parallel,
                serial);
        if (serial >= inProcess) {
            return head
                    + String.format(
                            Locale.ROOT,
                            "the rest alone exceeds the in-process %.1f s, so at this size no cluster makes Spark faster;"
                                    + " it pays only for data one machine cannot hold",
                            inProcess);
        }
        double cores = 2 * parallel / (inProcess - serial);
        return head
                + String.format(
                        Locale.ROOT,
                        "Spark would match the in-process %.1f s with about %.0f cores (%.0f workers of 4 cores), if the"
                                + " parallel steps scaled linearly",
                        inProcess,
                        Math.ceil(cores),
                        Math.ceil(cores / 4));
    }

    /** One Spark run in a fresh child JVM and store; seconds per step, "start" and "total". */
    private Map<String, Double> sparkRound() throws Exception {
        Path roundDir = dir.resolve("spark-round");
        BenchAnalyticsCommand.deleteTree(roundDir);
        List<String> job = SparkLaunch.jobArguments(
                csv.toString(), roundDir.resolve("db").toString(), "bench", null, "auto", seed, 365);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path segbotJar = Path.of(SparkBench.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(SparkLaunch.localCommand(java, sparkHome, segbotJar, MASTER, job))
                .redirectErrorStream(true)
                .start();
        Map<Integer, String> labels = new LinkedHashMap<>();
        Map<Integer, Double> at = new LinkedHashMap<>();
        double[] end = {Double.NaN};
        List<String> tail = new ArrayList<>();
        read(process.getInputStream(), line -> {
            Matcher step = STEP.matcher(line);
            Matcher stored = STORED.matcher(line);
            if (step.matches()) {
                int k = Integer.parseInt(step.group(1));
                labels.put(k, line.replaceAll("^step \\d+/\\d+ ", "").replaceAll(" \\([0-9.]+ s\\)$", ""));
                at.put(k, Double.parseDouble(step.group(3)));
            } else if (stored.find()) {
                end[0] = Double.parseDouble(stored.group(1));
            }
            tail.add(line);
            if (tail.size() > 20) {
                tail.remove(0);
            }
        });
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        BenchAnalyticsCommand.deleteTree(roundDir);
        if (exit != 0 || Double.isNaN(end[0])) {
            throw new IllegalStateException(
                    "the Spark job failed (exit " + exit + "); its last lines:\n" + String.join("\n", tail));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        List<Integer> steps = new ArrayList<>(at.keySet());
        // the job's clock starts after its JVM: JVM start, SparkSession, store open and the final stop
        out.put("start+stop", wall - end[0] + at.get(steps.get(0)));
        for (int i = 0; i < steps.size(); i++) {
            double until = i + 1 < steps.size() ? at.get(steps.get(i + 1)) : end[0];
            String name = steps.get(i) + " "
                    + labels.get(steps.get(i))
                            .replaceAll(" of [0-9,]+ customers| [0-9,]+ customers", "")
                            .replaceAll("^reading .*", "reading");
            out.put(name, round2(until - at.get(steps.get(i))));
        }
        out.put("total", round2(wall));
        out.put("start+stop", round2(out.get("start+stop")));
        return out;
    }

    private static void read(InputStream stream, java.util.function.Consumer<String> lines) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.accept(line);
            }
        }
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
