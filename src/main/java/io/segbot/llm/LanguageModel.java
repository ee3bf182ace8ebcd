package io.segbot.llm;

/**
 * The port through which segbot asks a language model for text. Implementations: llama.cpp on
 * this machine ({@link LanguageModels#open}) and {@link NoModel}.
 *
 * <p>Thread-safety: implementations are safe to call from any number of threads; a model that
 * can run one inference at a time queues requests (boundedly) and fails fast with {@link
 * ModelBusyException} when the queue is full.
 *
 * <p>Blocking: {@link #generate} blocks the calling thread until the answer is complete, the
 * timeout passes ({@link GenerationTimeoutException}) or the token is cancelled ({@link
 * GenerationCancelledException}); call it from a worker thread, never from a platform's
 * acknowledgement path.
 *
 * <p>Nullness: no parameter or result is null. Every failure is a {@link LanguageModelException}.
 */
public interface LanguageModel extends AutoCloseable {
    /**
     * Generates an answer to {@code prompt}.
     *
     * @param listener receives each generated piece as it comes (on the inference thread)
     * @param cancellation cancelling it stops the generation and unblocks this call
     * @throws ModelUnavailableException in no-model mode or after {@link #close()}
     */
    Completion generate(
            ChatPrompt prompt, GenerationOptions options, TokenListener listener, CancellationToken cancellation);

    /** {@link #generate(ChatPrompt, GenerationOptions, TokenListener, CancellationToken)} without streaming. */
    default Completion generate(ChatPrompt prompt, GenerationOptions options) {
        return generate(prompt, options, TokenListener.NONE, CancellationToken.none());
    }

    /** False in no-model mode: callers take their template path without trying. */
    boolean isAvailable();

    /** Which mode is active and why, with the model's metadata when there is one. */
    ModelDescription describe();

    /**
     * Stops accepting requests, cancels the running one and frees what the library lets go of.
     * Note: java-llama.cpp 4.2.0 keeps a native thread (and the model memory) alive after close,
     * so a process that loaded a model must end with {@code System.exit}.
     */
    @Override
    void close();
}
