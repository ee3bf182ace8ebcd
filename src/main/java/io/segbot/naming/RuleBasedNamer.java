package io.segbot.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * The last resort: names a segment from its tiers with the canonical vocabulary (Premium / Core /
 * Budget, Engaged / Dormant, Profitable / Thin-Margin, ...), unique in the run. Deterministic.
 */
final class RuleBasedNamer {
    private final Lexicon lexicon;

    RuleBasedNamer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A free name for {@code segment}; does not claim it. */
    String name(SegmentToName segment, NameRegistry registry) {
        List<String> words = new ArrayList<>(lexicon.nameWords(Lexicon.CANONICAL, segment));
        if (words.isEmpty()) {
            // a catch-all segment without tiers: its id in words, e.g. Catch_All_Other
            words.addAll(NameFormat.words(segment.segmentId()));
            words.removeIf(word -> NameFormat.problem(word).isPresent());
        }
        if (words.isEmpty()) {
            words.addAll(List.of("Remaining", "Customers"));
        }
        return registry.freeVariant(words.subList(0, Math.min(words.size(), NameFormat.MAX_WORDS)));
    }
}
