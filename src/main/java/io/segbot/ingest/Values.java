package io.segbot.ingest;

import io.segbot.ErrorText;
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

    /** The largest amount, quantity or price one cell may hold: totals must fit the database's DECIMAL(20, 2). */
    public static final double MAX_NUMBER = 1e12;

    private Values() {}

    /** The calendar day of a date or date-time cell, or null when it matches no known form. */
    public static LocalDate date(String text) {
        String value = text.trim();
        LocalDate iso = isoDate(value);
        if (iso != null) {
            return iso;
        }
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

    /** Fast path for exactly {@code yyyy-MM-dd}, the most common form; null for anything else. */
    private static LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /** A number with '.' decimals (no thousands separators), or null when it is not one. */
    public static Double number(String text) {
        String value = text.trim();
        if (!isPlainDecimal(value) && !DECIMAL.matcher(value).matches()) {
            return null;
        }
        double parsed = Double.parseDouble(value);
        return Double.isFinite(parsed) && Math.abs(parsed) <= MAX_NUMBER ? parsed : null;
    }

    /** Fast path for the common shape {@code -123.45}: digits with at most one '.', optional sign. */
    private static boolean isPlainDecimal(String value) {
        int start = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
        boolean digit = false;
        boolean dot = false;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Describes why {@link #number} refused a value, with the fix. */
    public static String numberProblem(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return "expected a number, the cell is empty";
        }
        if (DECIMAL.matcher(value).matches()) {
            return "the number " + ErrorText.quote(value) + " is too large (at most 1,000,000,000,000 per cell);"
                    + " check the column";
        }
        if (value.matches("[-+]?\\d+,\\d+")) {
            return "expected a number with '.' as the decimal mark, got '" + ErrorText.quote(value) + "' (write "
                    + ErrorText.quote(value.replace(',', '.')) + ")";
        }
        if (value.matches("[-+]?[\\d,]+(\\.\\d+)?")) {
            return "expected a number without thousands separators, got '" + ErrorText.quote(value) + "' (write "
                    + ErrorText.quote(value.replace(",", "")) + ")";
        }
        return "expected a number like 12.50, got '" + ErrorText.quote(value) + "'";
    }

    /** Trims and turns spreadsheet-mangled ids such as {@code 17850.0} back into {@code 17850}. */
    public static String customerId(String text) {
        String value = text.trim();
        // digits, a dot, then only zeros: a character loop, not a regular expression, since this runs
        // on every row of an import
        int dot = 0;
        while (dot < value.length() && value.charAt(dot) >= '0' && value.charAt(dot) <= '9') {
            dot++;
        }
        if (dot == 0 || dot >= value.length() - 1 || value.charAt(dot) != '.') {
            return value;
        }
        for (int i = dot + 1; i < value.length(); i++) {
            if (value.charAt(i) != '0') {
                return value;
            }
        }
        return value.substring(0, dot);
    }
}
