package io.segbot.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** Parsing of the cell values every import shares: dates, amounts, counts and customer ids. */
public final class Values {
    /** Tried in order; the first that parses wins. US month-first for slashed dates, as in most exports. */
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm:ss").withResolverStyle(ResolverStyle.STRICT));

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
    public static final String DATE_FORMS =
            "a date like 2024-03-31, 2024-03-31 14:05:00, 2024-03-31T14:05, 3/31/2024 14:05 or 20240331";
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE_WITH_ZERO_FRACTION = Pattern.compile("(\\d+)\\.0+");

    private Values() {}

    /** The calendar day of a date or date-time cell, or null when it matches no known form. */
    public static LocalDate date(String text) {
        String value = text.trim();
        if (value.length() > 10) {
            for (DateTimeFormatter format : DATE_TIMES) {
                try {
                    return LocalDateTime.parse(value, format).toLocalDate();
                } catch (DateTimeParseException ignored) {
                    // try the next form
                }
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return null;
    }

    /** A number with '.' decimals (no thousands separators), or null when it is not one. */
    public static Double number(String text) {
        String value = text.trim();
        if (!DECIMAL.matcher(value).matches()) {
            return null;
        }
        double parsed = new BigDecimal(value).doubleValue();
        return Double.isFinite(parsed) ? parsed : null;
    }

    /** Describes why {@link #number} refused a value, with the fix. */
    public static String numberProblem(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return "expected a number, the cell is empty";
        }
        if (value.matches("[-+]?\\d+,\\d+")) {
            return "expected a number with '.' as the decimal mark, got '" + value + "' (write "
                    + value.replace(',', '.') + ")";
        }
        if (value.matches("[-+]?[\\d,]+(\\.\\d+)?")) {
            return "expected a number without thousands separators, got '" + value + "' (write "
                    + value.replace(",", "") + ")";
        }
        return "expected a number like 12.50, got '" + value + "'";
    }

    /** Trims and turns spreadsheet-mangled ids such as {@code 17850.0} back into {@code 17850}. */
    public static String customerId(String text) {
        String value = text.trim();
        var whole = WHOLE_WITH_ZERO_FRACTION.matcher(value);
        return whole.matches() ? whole.group(1) : value;
    }
}
