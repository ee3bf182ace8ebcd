package io.segbot.chat.intent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a chat message into lower-case word tokens, drops emoji, punctuation and chatty fillers,
 * and corrects typos against a vocabulary ("chrun" to "churn", "segmnet" to "segment").
 */
final class TextNormalizer {
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}_]+");

    /** Tokens as typed ({@code raw}) and after typo correction ({@code tokens}), aligned by index. */
    record Normalized(List<String> raw, List<String> tokens) {
        Normalized {
            raw = List.copyOf(raw);
            tokens = List.copyOf(tokens);
            if (raw.size() != tokens.size()) {
                throw new IllegalArgumentException("raw and corrected tokens must align: " + raw + " vs " + tokens);
            }
        }
    }

    private final Map<String, Integer> vocabulary;
    private final List<String> candidates;

    /** @param vocabulary known words with their frequencies; a typo maps to the closest, most frequent */
    TextNormalizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(Objects.requireNonNull(vocabulary, "vocabulary"));
        this.candidates = this.vocabulary.keySet().stream()
                .filter(w -> w.length() >= 4)
                .sorted(Comparator.comparing((String w) -> -this.vocabulary.get(w))
                        .thenComparing(w -> w))
                .toList();
    }

    /** Lower case, NFKC, apostrophes removed ("can't" to "cant"), split on anything not a letter/digit/_. */
    static List<String> tokenize(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String joined = APOSTROPHES.matcher(lower).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String token : SEPARATORS.split(joined)) {
            String trimmed = trimUnderscores(token);
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
        }
        return out;
    }

    Map<String, Integer> vocabulary() {
        return vocabulary;
    }

    Normalized normalize(String text) {
        List<String> raw = new ArrayList<>();
        for (String token : tokenize(text)) {
            if (!Lexicon.FILLERS.contains(token)) {
                raw.add(token);
            }
        }
        while (raw.size() > 1 && Lexicon.OPENERS.contains(raw.get(0))) {
            raw.remove(0);
        }
        List<String> corrected = new ArrayList<>(raw.size());
        for (String token : raw) {
            corrected.add(correct(token));
        }
        return new Normalized(raw, corrected);
    }

    /**
     * The token itself when known, has digits or underscores, or is short; otherwise the known word
     * within {@link StringSimilarity#allowedEdits} edits, closest first, then most frequent.
     */
    String correct(String token) {
        int limit = StringSimilarity.allowedEdits(token.length());
        if (limit == 0 || vocabulary.containsKey(token) || !token.chars().allMatch(Character::isLetter)) {
            return token;
        }
        String best = token;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            int distance = StringSimilarity.damerauLevenshtein(token, candidate, Math.min(limit, bestDistance - 1));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                if (distance == 1) {
                    break;
                }
            }
        }
        return best;
    }

    private static String trimUnderscores(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && token.charAt(start) == '_') {
            start++;
        }
        while (end > start && token.charAt(end - 1) == '_') {
            end--;
        }
        return token.substring(start, end);
    }
}
