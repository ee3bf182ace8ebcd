package io.segbot.app;

import io.segbot.SegbotException;
import io.segbot.engine.SparkLaunch;
import io.segbot.segmentation.RunRepository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code segbot analyze --engine spark}: starts the Spark job (see {@link SparkLaunch}) and prints its run. */
final class SparkRun {
    private SparkRun() {}

    static int run(AnalyzeCommand options) throws Exception {
        if (options.input == null) {
            throw new IllegalArgumentException("--engine spark needs --input PATH_OR_URI: a transactions CSV (with a"
                    + " header) or Parquet file or folder");
        }
        String master = SparkLaunch.checkMaster(options.master);
        boolean local = SparkLaunch.isLocal(master);
        Path home =
                SparkLaunch.home(options.sparkHome, System.getenv(), Path.of("").toAbsolutePath(), local);
        Path segbotJar = Path.of(SparkRun.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> job = SparkLaunch.jobArguments(
                options.input,
                AppContext.databaseTarget(),
                options.dataset,
                options.asOf == null ? null : options.asOf.toString(),
                options.k,
                options.seed,
                options.horizonDays);
        List<String> command;
        if (local) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            command = SparkLaunch.localCommand(java, home, segbotJar, master, job);
        } else {
            command = SparkLaunch.submitCommand(master, home, segbotJar, job);
            if (SparkLaunch.onPath("spark-submit", System.getenv("PATH")).isEmpty()) {
                System.out.println(SparkLaunch.shellLine(command));
                System.err.println("spark-submit is not on PATH: run the command above where Spark 3.5 (Scala 2.12) is"
                        + " installed; the driver writes the run to --db, so use a store it reaches (PostgreSQL for a"
                        + " cluster)");
                return 0;
            }
        }
        Optional<Long> runId = start(command, options.json ? System.err : System.out);
        if (runId.isPresent()) {
            SegmentsCommand.print(new RunRepository(AppContext.database()), runId.get(), options.json);
        }
        return 0;
    }

    /** Runs the job, echoing its output; returns the run id it reports. */
    private static Optional<Long> start(List<String> command, PrintStream echo) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Optional<Long> runId = Optional.empty();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                echo.println(line);
                Optional<Long> stored = SparkLaunch.storedRun(line);
                runId = stored.isPresent() ? stored : runId;
            }
        } finally {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new SegbotException("the Spark job failed (exit " + exit + "); its messages are above");
            }
        }
        return runId;
    }
}
