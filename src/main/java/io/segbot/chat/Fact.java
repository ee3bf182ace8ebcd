package io.segbot.chat;

import java.util.Objects;

/**
 * One figure an answer may quote, with where it came from. Every number, segment name and date in
 * a reply must match a fact ({@link GroundingCheck}).
 *
 * @param label what the figure is ("Champions revenue")
 * @param value the figure; for {@link Unit#TEXT} and {@link Unit#DATE} facts, 0
 * @param unit how the figure is shown
 * @param text the text of a TEXT or DATE fact (a segment name, an ISO date), else null
 * @param source where it comes from: "run 3 (dataset shop, as of 2024-12-31)"
 */
public record Fact(String label, double value, Unit unit, String text, String source) {
    /** How a fact's value is written in a reply. */
    public enum Unit {
        CURRENCY,
        /** A share in [0, 1], shown as a percentage. */
        SHARE,
        COUNT,
        /** A ratio shown as "2.8×". */
        RATIO,
        DAYS,
        /** A plain decimal: average orders, probabilities, scores. */
        DECIMAL,
        DATE,
        TEXT
    }

    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if ((unit == Unit.TEXT || unit == Unit.DATE) != (text != null)) {
            throw new IllegalArgumentException("fact '" + label + "': TEXT and DATE facts carry text, others a value");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("fact '" + label + "' has a non-finite value " + value);
        }
    }

    public static Fact number(String label, double value, Unit unit, String source) {
        return new Fact(label, value, unit, null, source);
    }

    public static Fact text(String label, String text, String source) {
        return new Fact(label, 0, Unit.TEXT, text, source);
    }

    public static Fact date(String label, java.time.LocalDate date, String source) {
        return new Fact(label, 0, Unit.DATE, date.toString(), source);
    }
}
