package io.segbot.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code segbot} command line as a separate JVM on the built classpath (target/classes and
 * the dependency jars), for tests that need a process of their own: another working folder,
 * signals, two processes on one database.
 */
final class SegbotProcess {
    private SegbotProcess() {}

    /** The test JVM's classpath (surefire passes it in a property because its own is a manifest jar). */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String classpath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        List<String> kept = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.contains("jacoco")) {
                kept.add(entry);
            }
        }
        return String.join(File.pathSeparator, kept);
    }

    /** A builder for {@code segbot ARGS} in {@code workingDir}, stdout and stderr to files there. */
    static ProcessBuilder builder(Path workingDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath(),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment()
                .keySet()
                .removeIf(
                        name -> name.startsWith("SEGBOT_") || name.startsWith("SLACK_") || name.startsWith("DISCORD_"));
        builder.environment().putAll(env);
        return builder;
    }

    record Finished(int code, String out, String err) {}

    /** Runs to the end (at most {@code seconds}) and returns the exit code and both outputs. */
    static Finished run(Path workingDir, Map<String, String> env, long seconds, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workingDir, "out", ".txt");
        Path err = Files.createTempFile(workingDir, "err", ".txt");
        Process process = builder(workingDir, env, args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("segbot " + String.join(" ", args) + " did not end within " + seconds + " s; "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Finished(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
