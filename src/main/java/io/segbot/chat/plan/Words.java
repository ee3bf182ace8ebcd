package io.segbot.chat.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text the plan rules read: lower case, NFKC, apostrophes dropped ("what's" to "whats"),
 * punctuation that cannot be part of a number or date turned into spaces, and long words within
 * one edit of a plan word corrected ("revnue" to "revenue", "octobre" to "october").
 */
final class Words {
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");
    private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N}$%./,_\\-+<>=]+");
    private static final Pattern TRAILING = Pattern.compile("(?<=\\S)[.,/-]+(?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    /** Words the rules match on; typos of them are corrected. */
    static final Set<String> VOCABULARY = Set.of(
            "january",
            "february",
            "march",
            "april",
            "august",
            "september",
            "october",
            "november",
            "december",
            "revenue",
            "orders",
            "customers",
            "customer",
            "average",
            "median",
            "percentile",
            "quarter",
            "months",
            "weeks",
            "between",
            "since",
            "largest",
            "biggest",
            "spend",
            "spent",
            "spending",
            "value",
            "repeat",
            "purchase",
            "purchases",
            "churn",
            "churning",
            "premium",
            "lifetime",
            "predicted",
            "probability",
            "alive",
            "active",
            "lapsed",
            "buyers",
            "share",
            "percentage",
            "frequency",
            "frequent",
            "compared",
            "compare",
            "versus",
            "margin",
            "profit",
            "profitable",
            "category",
            "categories",
            "product",
            "products",
            "campaign",
            "instructions",
            "previous",
            "monthly",
            "quarterly",
            "yesterday",
            "today",
            "first",
            "order",
            "ordered",
            "total",
            "number",
            "count",
            "hibernating",
            "champions",
            "spenders",
            "basket",
            "during",
            "month",
            "years",
            "tiers",
            "split",
            "breakdown");

    /** Sorted, so ties between equally close words always go the same way. */
    private static final java.util.List<String> SORTED =
            VOCABULARY.stream().sorted().toList();

    private Words() {}

    static String normalize(String message) {
        String text = Normalizer.normalize(message, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = APOSTROPHES.matcher(text).replaceAll("");
        text = text.replace("%", " percent ");
        text = NOISE.matcher(text).replaceAll(" ");
        text = TRAILING.matcher(text).replaceAll("");
        text = correct(text);
        return " " + text.trim().replaceAll("\\s+", " ") + " ";
    }

    private static String correct(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(out, Matcher.quoteReplacement(closest(word.group())));
        }
        word.appendTail(out);
        return out.toString();
    }

    /** The word itself, or the vocabulary word within one edit (two from nine letters). */
    static String closest(String word) {
        if (VOCABULARY.contains(word)) {
            return word;
        }
        int limit = word.length() >= 9 ? 2 : 1;
        String best = word;
        int bestDistance = limit + 1;
        for (String candidate : SORTED) {
            if (Math.abs(candidate.length() - word.length()) <= limit) {
                int d = distance(word, candidate);
                if (d < bestDistance) {
                    best = candidate;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
