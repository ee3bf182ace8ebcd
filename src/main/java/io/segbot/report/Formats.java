package io.segbot.report;

import java.util.Locale;

/** Number formats shared by every text rendering, so chat and console print figures alike. */
public final class Formats {
    private Formats() {}

    /** {@code $12,345} for large sums, {@code $12.50} below 100. */
    public static String money(double value) {
        return Math.abs(value) >= 100
                ? String.format(Locale.US, "$%,.0f", value)
                : String.format(Locale.US, "$%,.2f", value);
    }

    /** A share in [0, 1] as {@code 63.1%}. */
    public static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    public static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    public static String decimal(double value, int places) {
        return String.format(Locale.US, "%,." + places + "f", value);
    }
}
