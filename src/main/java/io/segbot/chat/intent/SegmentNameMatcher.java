package io.segbot.chat.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds catalog segment names in a token list, tolerating typos word by word: each word of the name
 * must equal the typed word, differ only by a plural "s", or be within the optimal-string-alignment
 * distance {@link StringSimilarity#allowedEdits} of the typed or the corrected word.
 */
final class SegmentNameMatcher {
    /** A name or alias as tokens, and the segment it stands for. */
    private record Phrase(List<String> tokens, KnownSegment segment) {}

    /** A match of the phrase of {@code segment} at tokens {@code [start, end)}. */
    record Match(int start, int end, KnownSegment segment, double similarity) {}

    private final List<Phrase> phrases;

    SegmentNameMatcher(SegmentCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        List<Phrase> all = new ArrayList<>();
        for (KnownSegment segment : catalog.segments()) {
            addForms(all, segment.name(), segment);
            for (String alias : segment.aliases()) {
                addForms(all, alias, segment);
            }
        }
        all.sort(Comparator.comparing((Phrase p) -> -p.tokens().size())
                .thenComparing(p -> String.join(" ", p.tokens())));
        this.phrases = List.copyOf(all);
    }

    /** Both "premium_engaged_profitable" (one token) and "premium engaged profitable" (three). */
    private static void addForms(List<Phrase> out, String text, KnownSegment segment) {
        List<String> tokens = TextNormalizer.tokenize(text);
        if (tokens.isEmpty()) {
            return;
        }
        out.add(new Phrase(tokens, segment));
        List<String> split = new ArrayList<>();
        for (String token : tokens) {
            for (String part : token.split("_")) {
                if (!part.isEmpty()) {
                    split.add(part);
                }
            }
        }
        if (!split.equals(tokens)) {
            out.add(new Phrase(split, segment));
        }
    }

    /**
     * The longest phrase matching at {@code start} whose words are all free, or null; among
     * phrases of that length, the most similar ("chmapions" is nearer Champions than the alias
     * "champion").
     */
    Match matchAt(List<String> raw, List<String> tokens, boolean[] taken, int start) {
        Match best = null;
        for (Phrase phrase : phrases) {
            int length = phrase.tokens().size();
            if (best != null && length < best.end() - best.start()) {
                break;
            }
            if (start + length > tokens.size() || isIdiom(phrase, tokens, start + length)) {
                continue;
            }
            double similarity = similarity(phrase, raw, tokens, taken, start);
            if (similarity > 0 && (best == null || similarity > best.similarity())) {
                best = new Match(start, start + length, phrase.segment(), similarity);
            }
        }
        return best;
    }

    /** Mean word similarity of the phrase at {@code start}, or 0 if any word fails or is taken. */
    private static double similarity(Phrase phrase, List<String> raw, List<String> tokens, boolean[] taken, int start) {
        double sum = 0;
        for (int k = 0; k < phrase.tokens().size(); k++) {
            double s = taken[start + k]
                    ? 0
                    : wordSimilarity(
                            raw.get(start + k),
                            tokens.get(start + k),
                            phrase.tokens().get(k));
            if (s == 0) {
                return 0;
            }
            sum += s;
        }
        return sum / phrase.tokens().size();
    }

    /** "at risk of churning" is a phrase, not the At Risk segment. */
    private static boolean isIdiom(Phrase phrase, List<String> tokens, int end) {
        return phrase.tokens().equals(List.of("at", "risk"))
                && end < tokens.size()
                && tokens.get(end).equals("of");
    }

    /**
     * 1 for the word as typed (or its plural), Jaro-Winkler of the typed word for a tolerated typo
     * (also when the corrector already fixed it), 0 for no match.
     */
    static double wordSimilarity(String raw, String corrected, String expected) {
        if (raw.equals(expected) || isPlural(raw, expected)) {
            return 1.0;
        }
        int allowed = StringSimilarity.allowedEdits(expected.length());
        if (corrected.equals(expected)
                || (allowed > 0 && StringSimilarity.damerauLevenshtein(raw, expected, allowed) <= allowed)
                || (allowed > 0 && StringSimilarity.damerauLevenshtein(corrected, expected, allowed) <= allowed)) {
            return Math.max(StringSimilarity.jaroWinkler(raw, expected), Double.MIN_VALUE);
        }
        return 0.0;
    }

    private static boolean isPlural(String a, String b) {
        return (a.length() == b.length() + 1 && a.endsWith("s") && a.startsWith(b))
                || (b.length() == a.length() + 1 && b.endsWith("s") && b.startsWith(a));
    }
}
