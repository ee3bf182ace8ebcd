package io.segbot.llm;

import java.util.Map;

/**
 * Names of ggml tensor types and llama.cpp file types, from ggml.h (enum ggml_type) and llama.h
 * (enum llama_ftype). Only used for display; unknown numbers print as such.
 */
final class GgmlTypes {
    private static final String[] TENSOR_TYPES = {
        "F32",
        "F16",
        "Q4_0",
        "Q4_1",
        "Q4_2",
        "Q4_3",
        "Q5_0",
        "Q5_1",
        "Q8_0",
        "Q8_1",
        "Q2_K",
        "Q3_K",
        "Q4_K",
        "Q5_K",
        "Q6_K",
        "Q8_K",
        "IQ2_XXS",
        "IQ2_XS",
        "IQ3_XXS",
        "IQ1_S",
        "IQ4_NL",
        "IQ3_S",
        "IQ2_S",
        "IQ4_XS",
        "I8",
        "I16",
        "I32",
        "I64",
        "F64",
        "IQ1_M",
        "BF16",
        "Q4_0_4_4",
        "Q4_0_4_8",
        "Q4_0_8_8",
        "TQ1_0",
        "TQ2_0"
    };

    private static final Map<Long, String> FILE_TYPES = Map.ofEntries(
            Map.entry(0L, "F32"),
            Map.entry(1L, "F16"),
            Map.entry(2L, "Q4_0"),
            Map.entry(3L, "Q4_1"),
            Map.entry(7L, "Q8_0"),
            Map.entry(8L, "Q5_0"),
            Map.entry(9L, "Q5_1"),
            Map.entry(10L, "Q2_K"),
            Map.entry(11L, "Q3_K_S"),
            Map.entry(12L, "Q3_K_M"),
            Map.entry(13L, "Q3_K_L"),
            Map.entry(14L, "Q4_K_S"),
            Map.entry(15L, "Q4_K_M"),
            Map.entry(16L, "Q5_K_S"),
            Map.entry(17L, "Q5_K_M"),
            Map.entry(18L, "Q6_K"),
            Map.entry(19L, "IQ2_XXS"),
            Map.entry(20L, "IQ2_XS"),
            Map.entry(21L, "Q2_K_S"),
            Map.entry(22L, "IQ3_XS"),
            Map.entry(23L, "IQ3_XXS"),
            Map.entry(24L, "IQ1_S"),
            Map.entry(25L, "IQ4_NL"),
            Map.entry(26L, "IQ3_S"),
            Map.entry(27L, "IQ3_M"),
            Map.entry(28L, "IQ2_S"),
            Map.entry(29L, "IQ2_M"),
            Map.entry(30L, "IQ4_XS"),
            Map.entry(31L, "IQ1_M"),
            Map.entry(32L, "BF16"),
            Map.entry(36L, "TQ1_0"),
            Map.entry(37L, "TQ2_0"));

    private GgmlTypes() {}

    static String tensorTypeName(long type) {
        return type >= 0 && type < TENSOR_TYPES.length ? TENSOR_TYPES[(int) type] : "type_" + type;
    }

    static String fileTypeName(long fileType) {
        return FILE_TYPES.getOrDefault(fileType, "file_type_" + fileType);
    }
}
