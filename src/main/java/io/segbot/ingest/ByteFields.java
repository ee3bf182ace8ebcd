package io.segbot.ingest;

/**
 * Parsing of ASCII cell bytes for the import's fast path, with results identical to {@link Values}
 * on the shapes it accepts; anything else is left to {@link Values} (a sentinel or NaN says so).
 */
final class ByteFields {
    /** Returned by {@link #epochDay} for a cell it does not recognise. */
    static final int NOT_FAST = Integer.MIN_VALUE;

    /** Powers of ten that are exact doubles (up to 10^22), for Clinger's fast path. */
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private ByteFields() {}

    /** First index of [from, to) after leading bytes at or below ' ' (what String.trim strips). */
    static int trimStart(byte[] b, int from, int to) {
        while (from < to && (b[from] & 0xFF) <= ' ') {
            from++;
        }
        return from;
    }

    /** End of [from, to) before trailing bytes at or below ' '. */
    static int trimEnd(byte[] b, int from, int to) {
        while (to > from && (b[to - 1] & 0xFF) <= ' ') {
            to--;
        }
        return to;
    }

    /**
     * The end of a trimmed customer id after dropping a spreadsheet's {@code .0} suffix, as {@link
     * Values#customerId}: digits, a dot and only zeros keep the digits.
     */
    static int customerIdEnd(byte[] b, int from, int to) {
        int dot = from;
        while (dot < to && b[dot] >= '0' && b[dot] <= '9') {
            dot++;
        }
        if (dot == from || dot >= to - 1 || b[dot] != '.') {
            return to;
        }
        for (int i = dot + 1; i < to; i++) {
            if (b[i] != '0') {
                return to;
            }
        }
        return dot;
    }

    /**
     * The epoch day of {@code yyyy-MM-dd} or {@code yyyy-MM-dd HH:mm:ss} (trimmed), validated as
     * strictly as {@link Values#date}; {@link #NOT_FAST} for any other shape, and also for an
     * invalid date, which {@link Values#date} then judges and words.
     */
    static int epochDay(byte[] b, int from, int to) {
        int length = to - from;
        if ((length != 10 && length != 19) || b[from + 4] != '-' || b[from + 7] != '-') {
            return NOT_FAST;
        }
        int y0 = b[from] - '0';
        int y1 = b[from + 1] - '0';
        int y2 = b[from + 2] - '0';
        int y3 = b[from + 3] - '0';
        int m0 = b[from + 5] - '0';
        int m1 = b[from + 6] - '0';
        int d0 = b[from + 8] - '0';
        int d1 = b[from + 9] - '0';
        // a digit d has both d and 9 - d non-negative: one test for all eight
        if ((y0 | 9 - y0 | y1 | 9 - y1 | y2 | 9 - y2 | y3 | 9 - y3 | m0 | 9 - m0 | m1 | 9 - m1 | d0 | 9 - d0 | d1
                        | 9 - d1)
                < 0) {
            return NOT_FAST;
        }
        int year = ((y0 * 10 + y1) * 10 + y2) * 10 + y3;
        int month = m0 * 10 + m1;
        int day = d0 * 10 + d1;
        if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
            return NOT_FAST;
        }
        if (length == 19 && !plausibleTime(b, from + 10)) {
            return NOT_FAST;
        }
        return daysFromCivil(year, month, day);
    }

    /** {@code " HH:mm:ss"} with a valid time of day. */
    private static boolean plausibleTime(byte[] b, int at) {
        if (b[at] != ' ' || b[at + 3] != ':' || b[at + 6] != ':') {
            return false;
        }
        int hour = digits(b, at + 1, 2);
        int minute = digits(b, at + 4, 2);
        int second = digits(b, at + 7, 2);
        return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible low-level date algorithms"). */
    static int daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * A plain decimal ({@code -123.45}: optional sign, digits with at most one dot) as the exact
     * double {@link Double#parseDouble} gives, or NaN when the cell has another shape or too many
     * digits for the exact fast path: with a mantissa below 2^53 and at most 22 decimals, one
     * division by an exact power of ten is correctly rounded (Clinger 1990, "How to read floating
     * point numbers accurately").
     */
    static double decimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa > 1L << 53) {
                    return Double.NaN;
                }
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || decimals >= POWERS.length) {
            return Double.NaN;
        }
        double value = decimals > 0 ? mantissa / POWERS[decimals] : (double) mantissa;
        return negative ? -value : value;
    }

    /** Whether [from, to) equals the first {@code length} bytes of {@code other}. */
    static boolean same(byte[] b, int from, int to, byte[] other, int length) {
        return to - from == length && java.util.Arrays.equals(b, from, to, other, 0, length);
    }
}
