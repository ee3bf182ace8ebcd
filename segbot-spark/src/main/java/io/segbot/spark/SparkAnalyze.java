package io.segbot.spark;

import io.segbot.SegbotException;
import io.segbot.bot.Secrets;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import io.segbot.store.DatabaseLogin;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job's entry point: {@code spark-submit --class io.segbot.spark.SparkAnalyze}, or the
 * child JVM that {@code segbot analyze --engine spark} starts for a local run. Stores the run in the
 * segbot store named by {@code --db} (an H2 file, or PostgreSQL with the login from the environment)
 * and prints one line per step and the stored run.
 */
@Command(
        name = "segbot-spark",
        mixinStandardHelpOptions = true,
        description = "Analyse a transactions file (CSV with a header, or Parquet) on Apache Spark and store the run.")
public final class SparkAnalyze implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "PATH_OR_URI", description = "CSV or Parquet input")
    String input;

    @Option(
            names = "--db",
            paramLabel = "FILE_OR_URL",
            defaultValue = "${env:SEGBOT_DB:-./segbot-data/segbot}",
            description = "H2 file (without .mv.db) or jdbc:postgresql URL; default ${DEFAULT-VALUE}")
    String db;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master; default the one spark-submit set")
    String master;

    @Option(
            names = "--dataset",
            paramLabel = "NAME",
            description = "stored dataset name; default the input's base name")
    String dataset;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "default the day after the last order")
    LocalDate asOf;

    @Option(names = "--k", paramLabel = "auto|N", defaultValue = "auto", description = "clusters; default auto")
    String k;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--horizon-days", paramLabel = "N", defaultValue = "365", description = "CLV horizon")
    int horizonDays;

    public static void main(String[] args) {
        CommandLine line = new CommandLine(new SparkAnalyze());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof SegbotException || e instanceof IllegalArgumentException) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        System.exit(line.execute(args));
    }

    @Override
    public Integer call() {
        int clusters = k.equalsIgnoreCase("auto") ? 0 : Integer.parseInt(k);
        SparkAnalysis.Request request = new SparkAnalysis.Request(input, dataset, asOf, clusters, seed, horizonDays);
        long started = System.nanoTime();
        try (Database database = open(db, System.getenv())) {
            SparkSession spark =
                    SparkSessions.local(master, "segbot analyze " + input).getOrCreate();
            try {
                StageProgress progress = (step, label) -> System.err.printf(
                        Locale.ROOT,
                        "step %d/%d %s (%.1f s)%n",
                        step,
                        StageProgress.STEPS,
                        label,
                        (System.nanoTime() - started) / 1e9);
                long runId = SparkAnalysis.run(spark, request, database, Clock.systemDefaultZone(), progress);
                RunRecords.Run run = new RunRepository(database).find(runId).orElseThrow();
                System.out.printf(
                        Locale.ROOT,
                        "run %d stored: dataset %s, %,d customers, k = %d, as of %s, %.1f s on Spark %s (%s)%n",
                        runId,
                        run.dataset(),
                        run.customers(),
                        run.k(),
                        run.asOf(),
                        (System.nanoTime() - started) / 1e9,
                        spark.version(),
                        spark.sparkContext().master());
            } finally {
                spark.stop();
            }
        }
        return 0;
    }

    /** An H2 file, or PostgreSQL with the login from the environment (never from a file or a log). */
    static Database open(String target, Map<String, String> env) {
        if (!Database.isServerUrl(target)) {
            return Database.open(Paths.get(target));
        }
        String password = Secrets.fromEnvironment(env).get(Secrets.DB_PASSWORD).orElse(null);
        return Database.postgres(target, new DatabaseLogin(env.getOrDefault("SEGBOT_DB_USER", ""), password));
    }
}
