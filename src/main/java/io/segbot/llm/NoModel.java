package io.segbot.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * No-model mode: every feature uses its template path. {@link #generate} always throws {@link
 * ModelUnavailableException} naming why no model is active, so a caller that forgot to check
 * {@link #isAvailable()} fails with a clear sentence instead of an empty answer. Stateless and
 * thread-safe.
 */
public final class NoModel implements LanguageModel {
    private final String reason;

    /** @param reason why there is no model, e.g. "no model found in models/" */
    public NoModel(String reason) {
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Completion generate(
            ChatPrompt prompt, GenerationOptions options, TokenListener listener, CancellationToken cancellation) {
        throw new ModelUnavailableException("no language model is active (" + reason
                + "); put a GGUF file in models/ or set SEGBOT_MODEL to use one");
    }

    @Override
    public boolean isAvailable() {
        return false;
    }

    @Override
    public ModelDescription describe() {
        return new ModelDescription(
                ModelDescription.Mode.NO_MODEL,
                "language model: none (" + reason + "); answers and segment names use templates",
                Optional.<Path>empty(),
                0,
                Duration.ZERO,
                Optional.empty());
    }

    @Override
    public void close() {
        // nothing to free
    }
}
