package io.segbot.naming;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A tier reduced to a level the vocabularies know. */
public enum TierLevel {
    HIGH,
    MEDIUM,
    LOW,
    OTHER;

    private static final Pattern SCORE = Pattern.compile("(\\d)(?:\\s*-\\s*(\\d))?");

    /**
     * Named tiers (High/Top, Medium/Mid/Moderate, Low/Bottom, Other/Unknown/Missing) and 1-5 scores
     * or score ranges as RFM quintiles give them (Hughes 1994: 5 is the best fifth), where the
     * range's midpoint >= 4 is high, >= 2.5 medium, else low. Anything else (a cluster label such
     * as "Champions") is empty: it is used as a literal word.
     */
    public static Optional<TierLevel> classify(String tier) {
        String text = tier.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        switch (text) {
            case "high", "top", "very_high", "h" -> {
                return Optional.of(HIGH);
            }
            case "medium", "mid", "moderate", "average", "m" -> {
                return Optional.of(MEDIUM);
            }
            case "low", "bottom", "very_low", "l" -> {
                return Optional.of(LOW);
            }
            case "other", "unknown", "missing", "none", "na", "n/a" -> {
                return Optional.of(OTHER);
            }
            default -> {
                return score(text);
            }
        }
    }

    private static Optional<TierLevel> score(String text) {
        Matcher matcher = SCORE.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        if (from < 1 || to > 5 || from > to) {
            return Optional.empty();
        }
        double midpoint = (from + to) / 2.0;
        return Optional.of(midpoint >= 4 ? HIGH : midpoint >= 2.5 ? MEDIUM : LOW);
    }
}
