package io.segbot.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Which language model mode is active and why.
 *
 * @param mode llama.cpp or no model
 * @param startupLine one human sentence for the startup log, e.g. "language model: llama.cpp,
 *     models/x.gguf (1.1 MB) loaded in 25 ms" or "language model: none (no model found in models/)"
 * @param path the model file, if one is loaded
 * @param fileSizeBytes its size, 0 without a model
 * @param loadTime how long loading took, zero without a model
 * @param metadata the GGUF header, if a model is loaded
 */
public record ModelDescription(
        Mode mode,
        String startupLine,
        Optional<Path> path,
        long fileSizeBytes,
        Duration loadTime,
        Optional<GgufMetadata> metadata) {
    /** LLAMA_CPP: a GGUF runs in-process; NO_MODEL: features use their templates. */
    public enum Mode {
        LLAMA_CPP,
        NO_MODEL
    }

    public ModelDescription {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(startupLine, "startupLine");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(loadTime, "loadTime");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A short label for records and JSON: the model's file name, or "none". */
    public String label() {
        return path.map(file -> file.getFileName().toString()).orElse("none");
    }
}
