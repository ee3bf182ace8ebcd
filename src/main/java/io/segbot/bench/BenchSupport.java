package io.segbot.bench;

import java.nio.file.Path;

/** Helpers the bench commands share. */
final class BenchSupport {
    private BenchSupport() {}

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
}
