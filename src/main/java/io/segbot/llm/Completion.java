package io.segbot.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * A finished generation.
 *
 * @param text the generated text, never null
 * @param finishReason why generation stopped
 * @param promptTokens tokens of the templated prompt
 * @param generatedTokens tokens generated (pieces streamed to the listener)
 * @param timeToFirstToken from the start of inference (after queueing) to the first token; this
 *     is dominated by prompt processing
 * @param total from the start of inference to the end
 */
public record Completion(
        String text,
        FinishReason finishReason,
        int promptTokens,
        int generatedTokens,
        Duration timeToFirstToken,
        Duration total) {
    /** STOP: the model ended or a stop string matched; LENGTH: maxTokens was reached. */
    public enum FinishReason {
        STOP,
        LENGTH
    }

    public Completion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finishReason, "finishReason");
        Objects.requireNonNull(timeToFirstToken, "timeToFirstToken");
        Objects.requireNonNull(total, "total");
        if (promptTokens < 0 || generatedTokens < 0) {
            throw new IllegalArgumentException(
                    "token counts must be >= 0, got prompt " + promptTokens + ", generated " + generatedTokens);
        }
    }
}
