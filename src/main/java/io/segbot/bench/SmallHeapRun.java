package io.segbot.bench;

import java.io.IOException;
import java.nio.file.Path;

/** The honest heap figure of {@code bench analytics --small-heap}: segbot analyze in a JVM of its own. */
final class SmallHeapRun {
    private SmallHeapRun() {}

    /**
     * Runs {@code segbot analyze} on the bench database as a separate process with {@code -Xmx} set
     * to {@code heapMb}: the honest heap figure, since a process's own peak includes garbage.
     */
    static void analyze(Path database, int heapMb) throws IOException, InterruptedException {
        Path jar;
        try {
            jar = Path.of(SmallHeapRun.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot locate the running jar", e);
        }
        if (!jar.toString().endsWith(".jar")) {
            System.out.println("small heap skipped: not running from target/segbot.jar");
            return;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(
                        java,
                        "-Xmx" + heapMb + "m",
                        "-jar",
                        jar.toString(),
                        "--db",
                        database.toString(),
                        "analyze",
                        "--json")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int code = process.waitFor();
        System.out.printf(
                "small heap segbot analyze as its own process with -Xmx%dm: %s in %.1f s%n",
                heapMb, code == 0 ? "completed" : "FAILED (exit " + code + ")", (System.nanoTime() - started) / 1e9);
    }
}
