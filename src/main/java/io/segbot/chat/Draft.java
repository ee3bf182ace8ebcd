package io.segbot.chat;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.report.Formats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reply under construction. Every figure is written through a method that records it as a
 * {@link Fact} in the same step, so a templated answer is grounded by construction; literal text
 * goes through {@link #say}, which refuses digits, so no number can slip in unrecorded.
 */
final class Draft {
    private final StringBuilder text = new StringBuilder();
    private final List<Fact> facts = new ArrayList<>();
    private final String source;

    Draft(String source) {
        this.source = source;
    }

    /** Literal words; numbers must go through the typed methods. */
    Draft say(String words) {
        for (int i = 0; i < words.length(); i++) {
            if (Character.isDigit(words.charAt(i))) {
                throw new IllegalArgumentException(
                        "template text must not contain digits; record the number as a fact: " + words);
            }
        }
        text.append(words);
        return this;
    }

    Draft money(String label, double value) {
        facts.add(Fact.number(label, value, Fact.Unit.CURRENCY, source));
        text.append(Formats.money(value));
        return this;
    }

    Draft share(String label, double value) {
        facts.add(Fact.number(label, value, Fact.Unit.SHARE, source));
        text.append(Formats.percent(value));
        return this;
    }

    Draft count(String label, long value) {
        facts.add(Fact.number(label, value, Fact.Unit.COUNT, source));
        text.append(Formats.count(value));
        return this;
    }

    Draft days(String label, double value) {
        facts.add(Fact.number(label, value, Fact.Unit.DAYS, source));
        text.append(Formats.decimal(value, 0)).append(" days");
        return this;
    }

    Draft decimal(String label, double value, int places) {
        facts.add(Fact.number(label, value, Fact.Unit.DECIMAL, source));
        text.append(Formats.decimal(value, places));
        return this;
    }

    Draft ratio(String label, double value) {
        facts.add(Fact.number(label, value, Fact.Unit.RATIO, source));
        text.append(String.format(Locale.US, "%.1f×", value));
        return this;
    }

    Draft date(String label, LocalDate value) {
        facts.add(Fact.date(label, value, source));
        text.append(value);
        return this;
    }

    /**
     * A time window as answers name it: "October 2025", "Q4 2025", "2025" (each recorded as a date
     * fact: 2025-10, 2025-Q4, 2025), "to date" when cut at the as-of date, or "2025-10-17 to
     * 2025-11-15" for a span of days.
     */
    Draft period(String label, io.segbot.chat.plan.DateRange window) {
        java.time.LocalDate from = window.from();
        switch (window.kind()) {
            case MONTH -> {
                facts.add(new Fact(
                        label, 0, Fact.Unit.DATE, java.time.YearMonth.from(from).toString(), source));
                text.append(from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
                        .append(' ')
                        .append(from.getYear());
            }
            case QUARTER -> {
                String quarter = "Q" + ((from.getMonthValue() - 1) / 3 + 1);
                facts.add(new Fact(label, 0, Fact.Unit.DATE, from.getYear() + "-" + quarter, source));
                text.append(quarter).append(' ').append(from.getYear());
            }
            case YEAR -> {
                facts.add(new Fact(label, 0, Fact.Unit.DATE, Integer.toString(from.getYear()), source));
                text.append(from.getYear());
            }
            case SPAN -> {
                date(label + " from", from);
                if (!window.to().equals(from)) {
                    text.append(" to ");
                    date(label + " to", window.to());
                }
            }
            default -> throw new IllegalStateException("unknown window kind " + window.kind());
        }
        if (window.clipped()) {
            text.append(" to date");
        }
        return this;
    }

    /** A segment's display name ("Cluster 0 (Loyal Customers)"), recorded as name facts. */
    Draft segment(SegmentProfile segment) {
        facts.add(Fact.text("segment", segment.label(), source));
        if (SegmentFamily.CLUSTER.matches(segment.family())) {
            facts.add(Fact.text("cluster", "Cluster " + segment.key(), source));
        }
        text.append(RunSnapshot.display(segment));
        return this;
    }

    /** Text that came from data or the user (a customer id, a rule): quoted, never interpreted. */
    Draft quote(String label, String value) {
        String clean = value.replace('`', '\'').replace('\n', ' ');
        facts.add(Fact.text(label, clean, source));
        text.append('`').append(clean).append('`');
        return this;
    }

    /** Free text that may hold numbers the caller has already recorded (recommendation texts). */
    Draft trusted(String words) {
        text.append(words);
        return this;
    }

    /** Appends another draft's text and facts (same source). */
    Draft append(Draft other) {
        text.append(other.text);
        facts.addAll(other.facts);
        return this;
    }

    Draft line() {
        text.append('\n');
        return this;
    }

    String text() {
        return text.toString().strip();
    }

    /** Where the figures come from: the reply's source line. */
    String source() {
        return source;
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }
}
