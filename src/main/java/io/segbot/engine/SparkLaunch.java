package io.segbot.engine;

import io.segbot.SegbotException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code segbot analyze --engine spark} starts the Spark job (the separate segbot-spark
 * project) without a single Spark class in segbot.jar: a local master runs the job in a child JVM
 * whose classpath is the Spark jars of {@code SEGBOT_SPARK_HOME/lib}, the job jar and this jar; a
 * cluster master ({@code spark://}, {@code k8s://}, {@code yarn}) gets a {@code spark-submit} command
 * (the cluster brings its own Spark). Pure: builds commands, starts nothing. Used by {@code segbot
 * analyze} and {@code segbot bench analytics}.
 */
public final class SparkLaunch {
    public static final String HOME_VARIABLE = "SEGBOT_SPARK_HOME";
    public static final String MAIN_CLASS = "io.segbot.spark.SparkAnalyze";
    public static final String JOB_JAR = "segbot-spark.jar";
    public static final String BUILD =
            "mvn -B -q install -DskipTests && (cd segbot-spark && mvn -B -q package -DskipTests)";

    /**
     * Spark 3.5 on Java 17 needs these opens: spark-launcher's {@code JavaModuleOptions}, which
     * spark-submit adds itself; a plain child JVM needs them on its command line.
     */
    public static final List<String> JAVA_17_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false");

    private SparkLaunch() {}

    /** A master URL segbot knows how to launch for, or an error naming the accepted forms. */
    public static String checkMaster(String master) {
        if (master == null
                || master.startsWith("local")
                || master.startsWith("spark://")
                || master.startsWith("k8s://")
                || master.equals("yarn")) {
            return master;
        }
        throw new IllegalArgumentException("--master must be local[*], local[N], spark://HOST:PORT,"
                + " k8s://https://HOST:PORT or yarn, got '" + master + "'");
    }

    public static boolean isLocal(String master) {
        return master == null || master.startsWith("local");
    }

    /**
     * The built module's folder: {@code --spark-home}, else {@code SEGBOT_SPARK_HOME}, else
     * {@code segbot-spark/target} under the working folder; it must hold the job jar, and for a local
     * run the Spark jars in {@code lib/}.
     */
    public static Path home(String option, Map<String, String> env, Path workingDir, boolean local) {
        String chosen = option != null ? option : env.get(HOME_VARIABLE);
        Path home = chosen != null
                ? Path.of(chosen)
                : workingDir.resolve("segbot-spark").resolve("target");
        String where = chosen != null
                ? (option != null ? "--spark-home " : HOME_VARIABLE + "=") + chosen
                : home + " (set " + HOME_VARIABLE + " to the built segbot-spark/target)";
        if (!Files.isRegularFile(home.resolve(JOB_JAR))) {
            throw new SegbotException(
                    "the Spark engine is not built: no " + JOB_JAR + " in " + where + "; build it with: " + BUILD);
        }
        if (local && !Files.isDirectory(home.resolve("lib"))) {
            throw new SegbotException(
                    "the Spark engine's jars are missing: no lib/ folder in " + where + "; build it with: " + BUILD);
        }
        return home;
    }

    /** The job's own arguments, the same for both launches. Null options are left out. */
    public static List<String> jobArguments(
            String input, String db, String dataset, String asOf, String k, long seed, int horizonDays) {
        List<String> args = new ArrayList<>(List.of("--input", input, "--db", db));
        if (dataset != null) {
            args.addAll(List.of("--dataset", dataset));
        }
        if (asOf != null) {
            args.addAll(List.of("--as-of", asOf));
        }
        args.addAll(List.of("--k", k, "--seed", Long.toString(seed), "--horizon-days", Integer.toString(horizonDays)));
        return args;
    }

    /**
     * A local run: {@code java <opens> -cp lib/*:segbot-spark.jar:segbot.jar SparkAnalyze}. Spark's jars
     * come first so that its Jackson 2.15 wins over the newer copy inside segbot.jar.
     */
    public static List<String> localCommand(Path java, Path home, Path segbotJar, String master, List<String> job) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(JAVA_17_OPTIONS);
        command.add("-cp");
        command.add(String.join(
                File.pathSeparator,
                home.resolve("lib").resolve("*").toString(),
                home.resolve(JOB_JAR).toString(),
                segbotJar.toString()));
        command.add(MAIN_CLASS);
        command.addAll(List.of("--master", master == null ? "local[*]" : master));
        command.addAll(job);
        return command;
    }

    /**
     * A cluster run in client mode, so the driver (which writes the run) runs here and reaches the same
     * store: {@code spark-submit --master M --class SparkAnalyze --jars segbot.jar segbot-spark.jar ...}.
     */
    public static List<String> submitCommand(String master, Path home, Path segbotJar, List<String> job) {
        List<String> command = new ArrayList<>(List.of(
                "spark-submit",
                "--master",
                master,
                "--deploy-mode",
                "client",
                "--class",
                MAIN_CLASS,
                "--jars",
                segbotJar.toString(),
                home.resolve(JOB_JAR).toString()));
        command.addAll(job);
        return command;
    }

    /** {@code program} in one of {@code path}'s folders, if it is there and executable. */
    public static Optional<Path> onPath(String program, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder).resolve(program);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The command as one line a shell reads back the same (single quotes where needed). */
    public static String shellLine(List<String> command) {
        List<String> words = new ArrayList<>();
        for (String word : command) {
            words.add(word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }

    /** The run id in the job's last line ("run 12 stored: ..."), if there is one. */
    public static Optional<Long> storedRun(String line) {
        var matcher = java.util.regex.Pattern.compile("^run (\\d+) stored:").matcher(line.toLowerCase(Locale.ROOT));
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
