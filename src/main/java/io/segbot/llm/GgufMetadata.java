package io.segbot.llm;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a GGUF file's header says about the model, read without loading it.
 *
 * @param version GGUF format version (2 or 3)
 * @param values the metadata key-value pairs; scalars as Long, Double, Boolean or String, arrays
 *     as {@link ArraySummary} (their elements are not kept)
 * @param tensorCount number of tensors
 * @param parameterCount sum over tensors of their element counts
 * @param elementsByType element counts per ggml tensor type name (F32, Q4_K, ...)
 */
public record GgufMetadata(
        int version,
        Map<String, Object> values,
        long tensorCount,
        long parameterCount,
        Map<String, Long> elementsByType) {
    /** An array value: its element type and length. */
    public record ArraySummary(String elementType, long length) {}

    public GgufMetadata {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
        elementsByType = Map.copyOf(Objects.requireNonNull(elementsByType, "elementsByType"));
    }

    public String architecture() {
        return string("general.architecture").orElse("unknown");
    }

    public Optional<String> name() {
        return string("general.name");
    }

    public Optional<Long> contextLength() {
        return number(architecture() + ".context_length");
    }

    public Optional<Long> embeddingLength() {
        return number(architecture() + ".embedding_length");
    }

    public Optional<Long> blockCount() {
        return number(architecture() + ".block_count");
    }

    public Optional<String> chatTemplate() {
        return string("tokenizer.chat_template");
    }

    public long vocabularySize() {
        return values.get("tokenizer.ggml.tokens") instanceof ArraySummary tokens ? tokens.length() : 0;
    }

    /**
     * The quantisation: the file type the converter declared (general.file_type, llama.cpp's
     * llama_ftype), else the tensor type holding most weights.
     */
    public String quantisation() {
        Optional<Long> fileType = number("general.file_type");
        if (fileType.isPresent()) {
            return GgmlTypes.fileTypeName(fileType.get());
        }
        return elementsByType.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("unknown");
    }

    public Optional<String> string(String key) {
        return values.get(key) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    public Optional<Long> number(String key) {
        return values.get(key) instanceof Long number ? Optional.of(number) : Optional.empty();
    }
}
