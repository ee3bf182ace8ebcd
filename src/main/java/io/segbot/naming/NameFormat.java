package io.segbot.naming;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a segment name: 1 to 4 capitalised words joined by underscores, each word letters
 * optionally joined by hyphens (Premium_Engaged_Thin-Margin), no numbers or thresholds. The same
 * shape, with bounded word lengths, is the grammar pattern jurors must follow.
 */
public final class NameFormat {
    public static final int MAX_WORDS = 4;
    /** The longest name the grammar allows: 4 words of two 12-letter parts, 3 underscores. */
    public static final int MAX_LENGTH = 4 * 25 + 3;

    /**
     * The JSON-schema pattern handed to llama.cpp: words of at most two hyphenated parts of 2-12
     * letters, so the output length is bounded (by {@link #MAX_LENGTH}).
     */
    public static final String GRAMMAR_PATTERN =
            "^[A-Z][a-z]{1,11}(-[A-Z][a-z]{1,11})?(_[A-Z][a-z]{1,11}(-[A-Z][a-z]{1,11})?){0,3}$";

    private static final Pattern WORD = Pattern.compile("[A-Z][a-z]+(?:-[A-Z][a-z]+)*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern THRESHOLD = Pattern.compile("[$€£%<>=+.]");
    private static final Set<String> PLACEHOLDERS =
            Set.of("fallback", "null", "undefined", "error", "todo", "placeholder");

    private NameFormat() {}

    public static boolean isWord(String word) {
        return WORD.matcher(word).matches();
    }

    /** Why {@code name} is not a valid segment name, or empty when it is. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("the name is empty");
        }
        Matcher digit = DIGIT.matcher(name);
        if (digit.find()) {
            return Optional.of("the name contains a number ('" + digit.group() + "'); names describe tiers in words");
        }
        Matcher threshold = THRESHOLD.matcher(name);
        if (threshold.find()) {
            return Optional.of("the name contains a threshold symbol ('" + threshold.group() + "')");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("the name has " + name.length() + " characters; at most " + MAX_LENGTH);
        }
        String[] words = name.split("_", -1);
        if (words.length > MAX_WORDS) {
            return Optional.of(
                    "the name has " + words.length + " words; at most " + MAX_WORDS + " joined by underscores");
        }
        for (String word : words) {
            if (!isWord(word)) {
                return Optional.of("'" + word + "' is not a capitalised word of letters (hyphens allowed)");
            }
            for (String part : word.split("-")) {
                if (PLACEHOLDERS.contains(part.toLowerCase(Locale.ROOT))) {
                    return Optional.of("the name contains the placeholder word '" + part + "'");
                }
            }
        }
        return Optional.empty();
    }

    /** Capitalised words from free text: "churn_risk" gives [Churn, Risk]; digits and symbols drop. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String part : text.split("[^A-Za-z]+")) {
            if (part.length() >= 2) {
                words.add(capitalise(part));
            }
        }
        return words;
    }

    /** One hyphenated word from free text ("churn_risk" gives Churn-Risk), or {@code fallback}. */
    public static String hyphenated(String text, String fallback) {
        List<String> words = words(text);
        return words.isEmpty() ? fallback : String.join("-", words);
    }

    /** The uniqueness key: names differing only in case are the same name. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static List<String> split(String name) {
        return Arrays.asList(name.split("_"));
    }
}
