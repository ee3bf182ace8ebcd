package io.segbot.naming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns tiers into words: each persona's vocabulary and the rule-based namer's canonical one. The
 * rubric uses the union of all vocabularies to tell which words of a name speak for which tier.
 */
final class Lexicon {
    /** The rule-based namer's words; also the default for families a persona leaves out. */
    static final Map<String, TierWords> CANONICAL = Map.of(
            "value",
            new TierWords("Premium", "Core", "Budget", "Unknown-Value"),
            "engagement",
            new TierWords("Engaged", "Occasional", "Dormant", "Unknown-Engagement"),
            "profitability",
            new TierWords("Profitable", "Steady-Margin", "Thin-Margin", "Unknown-Margin"),
            "recency",
            new TierWords("Active", "Cooling", "Lapsed", "Unknown-Recency"),
            "frequency",
            new TierWords("Loyal", "Repeat", "One-Off", "Unknown-Frequency"),
            PersonaBook.GENERIC,
            new TierWords("High-{Dim}", "Mid-{Dim}", "Low-{Dim}", "Unknown-{Dim}"));

    private final PersonaBook book;

    Lexicon(PersonaBook book) {
        this.book = book;
    }

    /** The word {@code vocabulary} gives {@code dimension} at {@code tier}. */
    String word(Map<String, TierWords> vocabulary, String dimension, String tier) {
        Optional<TierLevel> level = TierLevel.classify(tier);
        if (level.isEmpty()) {
            return NameFormat.hyphenated(tier, "Other"); // a literal tier such as a cluster label
        }
        return words(vocabulary, book.family(dimension))
                .word(level.get(), NameFormat.hyphenated(dimension, "Attribute"));
    }

    /** One word per dimension in rule order, at most {@link NameFormat#MAX_WORDS}. */
    List<String> nameWords(Map<String, TierWords> vocabulary, SegmentToName segment) {
        List<String> words = new ArrayList<>();
        segment.tiers().forEach((dimension, tier) -> {
            if (words.size() < NameFormat.MAX_WORDS) {
                words.add(word(vocabulary, dimension, tier));
            }
        });
        return words;
    }

    /** Lower-cased words any vocabulary uses for {@code dimension} at {@code tier}. */
    Set<String> acceptable(String dimension, String tier) {
        Set<String> words = new HashSet<>();
        for (Map<String, TierWords> vocabulary : vocabularies()) {
            words.add(word(vocabulary, dimension, tier).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Lower-cased words some vocabulary uses for {@code dimension} at another level than {@code tier}'s. */
    Set<String> contradicting(String dimension, String tier) {
        Optional<TierLevel> level = TierLevel.classify(tier);
        Set<String> words = new HashSet<>();
        if (level.isEmpty()) {
            return words;
        }
        String dimensionWord = NameFormat.hyphenated(dimension, "Attribute");
        String family = book.family(dimension);
        for (Map<String, TierWords> vocabulary : vocabularies()) {
            for (TierLevel other : TierLevel.values()) {
                if (other != level.get()) {
                    words.add(
                            words(vocabulary, family).word(other, dimensionWord).toLowerCase(Locale.ROOT));
                }
            }
        }
        words.removeAll(acceptable(dimension, tier));
        return words;
    }

    private List<Map<String, TierWords>> vocabularies() {
        List<Map<String, TierWords>> all = new ArrayList<>();
        book.jurors().forEach(persona -> all.add(persona.vocabulary()));
        all.add(CANONICAL);
        return all;
    }

    private static TierWords words(Map<String, TierWords> vocabulary, String family) {
        TierWords own = vocabulary.get(family);
        if (own != null) {
            return own;
        }
        TierWords canonical = CANONICAL.get(family);
        if (canonical != null) {
            return canonical;
        }
        return vocabulary.getOrDefault(PersonaBook.GENERIC, CANONICAL.get(PersonaBook.GENERIC));
    }
}
