package io.segbot.llm;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to generate one answer.
 *
 * @param maxTokens upper bound on generated tokens, 1..32768
 * @param temperature sampling temperature, 0 (greedy, repeatable) to 2
 * @param seed sampling seed; with the same prompt, options and model the output is repeatable
 * @param stopStrings generation stops before any of these strings (may be empty)
 * @param jsonSchema a JSON Schema the output must satisfy (compiled to a llama.cpp grammar), or
 *     empty for free text
 * @param timeout the longest the caller waits, queue time included
 */
public record GenerationOptions(
        int maxTokens,
        double temperature,
        long seed,
        List<String> stopStrings,
        Optional<String> jsonSchema,
        Duration timeout) {
    public GenerationOptions {
        if (maxTokens < 1 || maxTokens > 32_768) {
            throw new IllegalArgumentException("maxTokens must be within [1, 32768], got " + maxTokens);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be within [0, 2], got " + temperature);
        }
        stopStrings = List.copyOf(Objects.requireNonNull(stopStrings, "stopStrings"));
        if (stopStrings.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("stop strings must not be empty, got " + stopStrings);
        }
        Objects.requireNonNull(jsonSchema, "jsonSchema");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** 256 tokens, greedy, seed 42, no stop strings, free text, two minutes. */
    public static GenerationOptions defaults() {
        return new GenerationOptions(256, 0.0, 42, List.of(), Optional.empty(), Duration.ofMinutes(2));
    }

    public GenerationOptions withMaxTokens(int value) {
        return new GenerationOptions(value, temperature, seed, stopStrings, jsonSchema, timeout);
    }

    public GenerationOptions withTemperature(double value) {
        return new GenerationOptions(maxTokens, value, seed, stopStrings, jsonSchema, timeout);
    }

    public GenerationOptions withSeed(long value) {
        return new GenerationOptions(maxTokens, temperature, value, stopStrings, jsonSchema, timeout);
    }

    public GenerationOptions withStopStrings(List<String> value) {
        return new GenerationOptions(maxTokens, temperature, seed, value, jsonSchema, timeout);
    }

    public GenerationOptions withJsonSchema(String schema) {
        return new GenerationOptions(maxTokens, temperature, seed, stopStrings, Optional.of(schema), timeout);
    }

    public GenerationOptions withTimeout(Duration value) {
        return new GenerationOptions(maxTokens, temperature, seed, stopStrings, jsonSchema, value);
    }
}
