package io.segbot.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the model is and how to run it. Validated once here; {@link LanguageModels#open} never
 * re-checks.
 *
 * @param explicitModel a model file named by env {@code SEGBOT_MODEL} or {@code model.path}, or
 *     empty to take the first {@code *.gguf} in {@code modelsDir}
 * @param explicitSource where {@code explicitModel} came from, for the startup line
 * @param modelsDir the folder searched when no model is named
 * @param threads CPU threads for llama.cpp, at least 1
 * @param contextSize tokens of context (prompt + answer), 256..131072
 * @param queueCapacity requests that may wait while one runs, at least 1
 * @param timeout default request timeout
 */
public record LlmConfig(
        Optional<Path> explicitModel,
        String explicitSource,
        Path modelsDir,
        int threads,
        int contextSize,
        int queueCapacity,
        Duration timeout) {
    public static final String MODEL_ENV = "SEGBOT_MODEL";

    public LlmConfig {
        Objects.requireNonNull(explicitModel, "explicitModel");
        Objects.requireNonNull(explicitSource, "explicitSource");
        Objects.requireNonNull(modelsDir, "modelsDir");
        Objects.requireNonNull(timeout, "timeout");
        if (threads < 1) {
            throw new IllegalArgumentException("model.threads must be >= 1, got " + threads);
        }
        if (contextSize < 256 || contextSize > 131_072) {
            throw new IllegalArgumentException("model.context_size must be within [256, 131072], got " + contextSize);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("model.queue_capacity must be >= 1, got " + queueCapacity);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("model.timeout_seconds must be > 0, got " + timeout.toSeconds());
        }
    }

    /** Defaults for a project rooted at {@code root}: models/, all cores, 4096 context, 8 waiting, 120 s. */
    public static LlmConfig defaults(Path root) {
        return new LlmConfig(
                Optional.empty(),
                "",
                root.resolve("models"),
                Runtime.getRuntime().availableProcessors(),
                4096,
                8,
                Duration.ofSeconds(120));
    }

    /** The same configuration with a model named explicitly (e.g. by a command-line option). */
    public LlmConfig withModel(Path model, String source) {
        return new LlmConfig(Optional.of(model), source, modelsDir, threads, contextSize, queueCapacity, timeout);
    }

    public LlmConfig withThreads(int value) {
        return new LlmConfig(explicitModel, explicitSource, modelsDir, value, contextSize, queueCapacity, timeout);
    }

    public LlmConfig withContextSize(int value) {
        return new LlmConfig(explicitModel, explicitSource, modelsDir, threads, value, queueCapacity, timeout);
    }

    public LlmConfig withQueueCapacity(int value) {
        return new LlmConfig(explicitModel, explicitSource, modelsDir, threads, contextSize, value, timeout);
    }
}
