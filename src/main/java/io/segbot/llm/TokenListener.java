package io.segbot.llm;

/**
 * Receives generated text piece by piece, so a platform can show progress.
 *
 * <p>Called on the model's inference thread, in order, once per generated token; it must return
 * quickly because the model waits for it. An exception thrown here stops the generation, which
 * then fails with {@link GenerationFailedException}.
 */
@FunctionalInterface
public interface TokenListener {
    TokenListener NONE = piece -> {};

    /**
     * @param piece the text of one token, never null; may be empty when a token completes only
     *     part of a multi-byte character
     */
    void onToken(String piece);
}
