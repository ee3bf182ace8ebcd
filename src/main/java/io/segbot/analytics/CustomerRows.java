package io.segbot.analytics;

import java.util.Arrays;

/**
 * The two steps every per-customer pass over purchase rows starts with, written once: grouping rows
 * by customer with a counting sort (compressed sparse rows: customer {@code c} owns {@code
 * offsets[c] .. offsets[c + 1] - 1}), and sorting one customer's rows by day. Used by {@link
 * CustomerHistory} (the analysis) and by the CLV summaries ({@code clv.RfmSummaryBuilder}). Pure.
 */
public final class CustomerRows {
    private CustomerRows() {}

    /**
     * The start of each customer's rows when rows are grouped by customer, in O(rows).
     *
     * @param customer the customer index of each row, in {@code [0, customers)}
     * @param rows how many entries of {@code customer} are rows
     * @return {@code customers + 1} offsets; the last is {@code rows}
     */
    public static int[] offsets(int[] customer, int rows, int customers) {
        int[] offsets = new int[customers + 1];
        for (int i = 0; i < rows; i++) {
            offsets[customer[i] + 1]++;
        }
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        return offsets;
    }

    /**
     * Sorts one customer's rows by day, stably, moving each row's amount with it. Insertion sort for
     * short runs (a customer has few purchases, usually already in date order); a packed-key sort for
     * long unsorted runs.
     */
    public static void sortByDay(int[] day, double[] amount, int from, int to) {
        if (to - from > 32 && !isSorted(day, from, to)) {
            sortLongRun(day, amount, from, to);
            return;
        }
        for (int i = from + 1; i < to; i++) {
            int d = day[i];
            if (d >= day[i - 1]) {
                continue;
            }
            double a = amount[i];
            int j = i - 1;
            while (j >= from && day[j] > d) {
                day[j + 1] = day[j];
                amount[j + 1] = amount[j];
                j--;
            }
            day[j + 1] = d;
            amount[j + 1] = a;
        }
    }

    private static boolean isSorted(int[] day, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (day[i] < day[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static void sortLongRun(int[] day, double[] amount, int from, int to) {
        long[] keys = new long[to - from];
        for (int i = from; i < to; i++) {
            // Day in the high half, signed, so a long compares by day first (negative epoch days too);
            // the row, below 2^31, in the low half keeps the sort stable. (The earlier key offset the day
            // by 2^31 before the shift, which overflowed for days from 1970 on: a customer with more than
            // 32 unsorted purchases on both sides of 1970 came out in the wrong order.)
            keys[i - from] = ((long) day[i] << 32) | (i - from);
        }
        Arrays.sort(keys);
        double[] amounts = Arrays.copyOfRange(amount, from, to);
        for (int k = 0; k < keys.length; k++) {
            int row = (int) (keys[k] & 0xffffffffL);
            day[from + k] = (int) (keys[k] >> 32);
            amount[from + k] = amounts[row];
        }
    }
}
