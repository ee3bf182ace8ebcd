package io.segbot.analytics.clv;

import java.util.Locale;

/** The time unit of recency, age and the model's rate parameter α (α is measured in this unit). */
public enum PeriodUnit {
    DAYS(1),
    WEEKS(7);

    private final int days;

    PeriodUnit(int days) {
        this.days = days;
    }

    /** Length of one unit in days. */
    public int days() {
        return days;
    }

    /** Converts a whole number of days into this unit. */
    public double fromDays(double dayCount) {
        return dayCount / days;
    }

    /** Parses {@code days} or {@code weeks} (any case), naming the accepted values on failure. */
    public static PeriodUnit parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "days", "day", "d" -> DAYS;
            case "weeks", "week", "w" -> WEEKS;
            default -> throw new IllegalArgumentException("unknown time unit '" + text + "': use days or weeks");
        };
    }
}
