package io.segbot.store;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second JVM on the test classpath running one test class's {@code main}, for tests of two
 * processes sharing one H2 file (the second reaches it through the first's AUTO_SERVER).
 */
public final class ChildJvm {
    private ChildJvm() {}

    /** Starts {@code main} with {@code args}; stderr goes to {@code errors}, stdout is read by the test. */
    public static Process start(Class<?> main, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classpath(),
                main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    }

    /** The child's stdout, line by line. */
    public static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The test JVM's classpath (surefire passes it in a property because its own is a manifest jar). */
    private static String classpath() {
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
}
