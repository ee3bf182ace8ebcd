package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Single dates as marketers type them: 2025-06-01, 6/1/2025 (month first, as the import reads), June 1st 2025, 1 June. */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}+) (\\d{1,2})(?:st|nd|rd|th)?(?: (\\d{4}))?");
    private static final Pattern DAY_MONTH =
            Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(\\p{L}+)(?: (\\d{4}))?");
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private Dates() {}

    /** A date; without a year, the latest such day on or before {@code asOf}. */
    static LocalDate parse(String text, LocalDate asOf) {
        Matcher m = ISO.matcher(text);
        if (m.matches()) {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = SLASHED.matcher(text);
        if (m.matches()) {
            return LocalDate.of(
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_DAY.matcher(text);
        if (m.matches()) {
            return dayOf(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), asOf);
        }
        m = DAY_MONTH.matcher(text);
        if (m.matches()) {
            return dayOf(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), asOf);
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static LocalDate dayOf(int month, int day, String year, LocalDate asOf) {
        if (year != null) {
            return LocalDate.of(Integer.parseInt(year), month, day);
        }
        LocalDate d = LocalDate.of(asOf.getYear(), month, day);
        return d.isAfter(asOf) ? LocalDate.of(asOf.getYear() - 1, month, day) : d;
    }

    /** 1-12 for a month name or its three-letter start; fails for anything else. */
    static int month(String word) {
        if (word.length() >= 3) {
            for (int i = 0; i < MONTHS.length; i++) {
                if (word.startsWith(MONTHS[i])) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("not a month: " + word);
    }
}
