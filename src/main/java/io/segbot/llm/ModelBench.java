package io.segbot.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures prompt processing and generation speed through the port. Prompt speed = prompt tokens
 * / time to first token (llama.cpp decodes the whole prompt before sampling the first token);
 * generation speed = (generated - 1) / (total - time to first token). One warm-up round, then
 * the median of {@code rounds}. Each round's prompt starts with a different word so llama.cpp's
 * prompt cache cannot skip the work.
 */
public final class ModelBench {
    private static final String SENTENCE = "The customer came back to the shop and bought a small red bicycle. ";

    /**
     * @param promptTokens tokens of the last measured prompt (all rounds are about this long)
     * @param promptTokensPerSecond median prompt processing speed
     * @param generatedTokens tokens generated in the last round
     * @param generationTokensPerSecond median generation speed, NaN if the model stopped at once
     */
    public record Result(
            String model,
            int rounds,
            int promptTokens,
            double promptTokensPerSecond,
            int generatedTokens,
            double generationTokensPerSecond,
            Duration loadTime) {}

    private ModelBench() {}

    public static Result run(LanguageModel model, int promptSentences, int maxTokens, int rounds) {
        if (promptSentences < 1 || maxTokens < 2 || rounds < 1) {
            throw new IllegalArgumentException("bench needs promptSentences >= 1, maxTokens >= 2, rounds >= 1, got "
                    + promptSentences + ", " + maxTokens + ", " + rounds);
        }
        GenerationOptions options =
                GenerationOptions.defaults().withMaxTokens(maxTokens).withTimeout(Duration.ofMinutes(10));
        model.generate(prompt(0, promptSentences), options.withMaxTokens(4));
        List<Double> promptSpeeds = new ArrayList<>();
        List<Double> generationSpeeds = new ArrayList<>();
        Completion last = null;
        for (int round = 1; round <= rounds; round++) {
            last = model.generate(prompt(round, promptSentences), options);
            promptSpeeds.add(last.promptTokens() / seconds(last.timeToFirstToken()));
            Duration generating = last.total().minus(last.timeToFirstToken());
            generationSpeeds.add(
                    last.generatedTokens() < 2 ? Double.NaN : (last.generatedTokens() - 1) / seconds(generating));
        }
        ModelDescription description = model.describe();
        return new Result(
                description.label(),
                rounds,
                last.promptTokens(),
                median(promptSpeeds),
                last.generatedTokens(),
                median(generationSpeeds),
                description.loadTime());
    }

    private static ChatPrompt prompt(int round, int sentences) {
        String[] openers = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"};
        String opener = openers[round % openers.length] + " " + round + ". ";
        return ChatPrompt.of("", opener + SENTENCE.repeat(sentences) + "Once upon a time");
    }

    private static double seconds(Duration duration) {
        return Math.max(duration.toNanos(), 1) / 1e9;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
