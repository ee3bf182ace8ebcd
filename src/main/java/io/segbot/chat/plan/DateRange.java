package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A resolved time window: the days {@code from} to {@code to}, both included.
 *
 * @param kind how an answer names it: a calendar month, quarter or year, or a span of days
 * @param clipped true when the window was cut at the data's as-of date ("this month" so far)
 */
public record DateRange(LocalDate from, LocalDate to, Kind kind, boolean clipped) {
    /** How the window reads in an answer: "October 2025", "Q3 2025", "2025", "2025-10-17 to 2025-11-15". */
    public enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        SPAN
    }

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a window must not end (" + to + ") before it starts (" + from + ")");
        }
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }

    public boolean contains(int epochDay) {
        return epochDay >= from.toEpochDay() && epochDay <= to.toEpochDay();
    }

    /** The window's canonical form in plans: {@code 2025-10-01..2025-10-31}. */
    public String canonical() {
        return from + ".." + to;
    }
}
