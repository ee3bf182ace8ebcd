package io.segbot.app;

import io.segbot.analysis.AnalysisService;
import io.segbot.analytics.CustomerMetrics;
import io.segbot.store.DatasetInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Helpers the bench commands share. */
final class BenchSupport {
    private BenchSupport() {}

    static CustomerMetrics load(AnalysisService service, DatasetInfo dataset) {
        return service.metrics(dataset, null);
    }

    /**
     * Runs the peer script on the same CSV and returns its analysis seconds, or NaN when it could
     * not run (saying clearly why).
     */
    static double runPeer(Path csv) throws IOException, InterruptedException {
        Path script = Paths.get("bench", "peer_analytics.py");
        if (!Files.exists(script)) {
            System.out.println(
                    "peer       skipped: " + script.toAbsolutePath() + " not found (run from the repository root)");
            return Double.NaN;
        }
        String python = Files.isExecutable(Paths.get("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        Process process = new ProcessBuilder(python, script.toString(), csv.toString())
                .redirectErrorStream(true)
                .start();
        double seconds = Double.NaN;
        try (var lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("PEER_ANALYSIS_SECONDS=")) {
                    seconds = Double.parseDouble(line.substring("PEER_ANALYSIS_SECONDS=".length()));
                } else {
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            System.out.println("peer       failed (needs Debian's python3-pandas and python3-sklearn:"
                    + " apt-get install python3-pandas python3-sklearn)");
            return Double.NaN;
        }
        return seconds;
    }

    /** Loads a model and measures time to first token of a chat-sized phrasing prompt, five times. */
    static void timeToFirstToken(Path modelFile) {
        io.segbot.llm.LlmConfig config =
                io.segbot.llm.LlmConfig.defaults(Path.of("").toAbsolutePath()).withModel(modelFile, "--model");
        try (io.segbot.llm.LanguageModel model = io.segbot.llm.LanguageModels.open(config)) {
            System.out.println(model.describe().startupLine());
            if (!model.isAvailable()) {
                return;
            }
            io.segbot.llm.ChatPrompt prompt = io.segbot.llm.ChatPrompt.of(
                    io.segbot.chat.ModelPhraser.SYSTEM,
                    "QUESTION:\n<data>which segment should we prioritise for ROI?</data>\nDRAFT:\n<data>**Cluster 0"
                            + " (Champions)** ranks first by revenue: $47,857. Revenue share 63.1%, 23 customers.</data>");
            long[] ttft = new long[5];
            for (int i = 0; i < ttft.length; i++) {
                var completion = model.generate(
                        prompt,
                        io.segbot.llm.GenerationOptions.defaults()
                                .withMaxTokens(64)
                                .withSeed(i));
                ttft[i] = completion.timeToFirstToken().toNanos();
            }
            java.util.Arrays.sort(ttft);
            System.out.printf("model      time to first token (median of 5): %.1f ms%n", ttft[2] / 1e6);
        }
    }

    /**
     * Runs {@code segbot analyze} on the bench database as a separate process with {@code -Xmx} set
     * to {@code heapMb}: the honest heap figure, since a process's own peak includes garbage.
     */
    static void analyzeInSmallHeap(Path database, int heapMb) throws IOException, InterruptedException {
        Path jar;
        try {
            jar = Path.of(BenchSupport.class
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
