package io.segbot.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The plausible dates of an order: none after the day of the import (an order dated 2099 would
 * move the default as-of date and make every customer look lapsed) and none before a floor (1900
 * is a typo or a spreadsheet's empty date). Rows outside are refused with their line, or skipped
 * and listed under {@code --on-error skip}, as the cart-abandoner import does with future dates.
 *
 * @param earliest the first plausible day (inclusive); {@code --earliest-date}, default 1990-01-01
 * @param latest the last plausible day (inclusive): the import day
 */
public record DateRange(LocalDate earliest, LocalDate latest) {
    public static final LocalDate DEFAULT_EARLIEST = LocalDate.of(1990, 1, 1);

    public DateRange {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException(
                    "--earliest-date " + earliest + " must not be after the import day " + latest);
        }
    }

    /** From {@code earliest} (or the default floor when null) to today. */
    public static DateRange untilToday(LocalDate earliest) {
        return new DateRange(earliest == null ? DEFAULT_EARLIEST : earliest, LocalDate.now());
    }

    /** Why {@code date} cannot be imported, with the fix; null when it is plausible. */
    public String problem(LocalDate date) {
        if (date.isAfter(latest)) {
            return "date " + date + " is after the import day " + latest + "; fix the date";
        }
        if (date.isBefore(earliest)) {
            return "date " + date + " is before " + earliest
                    + ", the earliest plausible date; fix the date or lower the floor with --earliest-date";
        }
        return null;
    }
}
