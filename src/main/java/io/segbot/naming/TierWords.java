package io.segbot.naming;

import java.util.List;
import java.util.Objects;

/**
 * The words a vocabulary uses for one dimension family at each level. A word may contain
 * {@code {Dim}}, replaced by the dimension's name (for dimensions no family claims).
 */
public record TierWords(String high, String medium, String low, String other) {
    public TierWords {
        List<String> words = java.util.Arrays.asList(high, medium, low, other);
        if (words.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("tier words need high, medium, low and other, got " + words);
        }
        if (words.stream().distinct().count() != 4) {
            throw new IllegalArgumentException("tier words must differ from each other, got " + words);
        }
        for (String word : words) {
            String sample = word.replace("{Dim}", "Attribute");
            if (!NameFormat.isWord(sample)) {
                throw new IllegalArgumentException("tier word '" + word
                        + "' is not a capitalised word (letters, optionally joined by hyphens, e.g. Thin-Margin)");
            }
        }
    }

    /** The word for {@code level}, with {@code {Dim}} replaced by {@code dimensionWord}. */
    public String word(TierLevel level, String dimensionWord) {
        String word =
                switch (level) {
                    case HIGH -> high;
                    case MEDIUM -> medium;
                    case LOW -> low;
                    case OTHER -> other;
                };
        return word.replace("{Dim}", dimensionWord);
    }
}
