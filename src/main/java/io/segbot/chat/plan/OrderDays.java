package io.segbot.chat.plan;

import java.util.Arrays;

/**
 * An {@link OrderBook}'s orders again, sorted by day, so a window is one contiguous range of
 * orders instead of a visit to every customer. Each order also knows the day of its customer's
 * previous and next order, which turns the window's per-customer figures into tests on one order:
 * an order is its customer's last in {@code [from, to]} when the next order falls after {@code to}
 * (so the window's distinct customers are counted without a set), the customer ordered twice or
 * more in the window when that last order's previous one is on or after {@code from}, and a gap
 * between consecutive orders lies in the window when the previous order does.
 *
 * <p>Built once per book (about 20 bytes an order, {@link BookIndexes}) on the first question that
 * needs it; immutable afterwards, so it is shared by every thread.
 */
final class OrderDays {
    static final int NONE_BEFORE = Integer.MIN_VALUE;
    static final int NONE_AFTER = Integer.MAX_VALUE;

    /** Epoch day of the earliest order; the orders of day {@code firstDay + d} are {@code dayStart[d] ..}. */
    final int firstDay;

    final int lastDay;
    final int[] dayStart;
    final int[] customer;
    final double[] amount;
    final int[] previousDay;
    final int[] nextDay;
    /** Revenue of the days before day {@code firstDay + d}: any window's revenue of everyone in O(1). */
    final double[] revenueBefore;
    /** Each customer's largest order and its day (NaN / 0 without orders), for lifetime questions. */
    final double[] largest;

    final int[] largestDay;

    OrderDays(OrderBook book) {
        int[] offsets = book.offsets();
        int[] days = book.orderDay();
        int orders = days.length;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int day : days) {
            min = Math.min(min, day);
            max = Math.max(max, day);
        }
        if (orders == 0) {
            min = max = (int) book.asOf().toEpochDay();
        }
        firstDay = min;
        lastDay = max;
        int span = max - min + 1;
        dayStart = new int[span + 1];
        for (int day : days) {
            dayStart[day - min + 1]++;
        }
        for (int d = 0; d < span; d++) {
            dayStart[d + 1] += dayStart[d];
        }
        customer = new int[orders];
        amount = new double[orders];
        previousDay = new int[orders];
        nextDay = new int[orders];
        largest = new double[book.customers()];
        largestDay = new int[book.customers()];
        int[] fill = Arrays.copyOf(dayStart, span);
        for (int c = 0; c < book.customers(); c++) {
            largest[c] = Double.NaN;
            for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                int at = fill[days[k] - min]++;
                customer[at] = c;
                amount[at] = book.orderAmount()[k];
                previousDay[at] = k > offsets[c] ? days[k - 1] : NONE_BEFORE;
                nextDay[at] = k + 1 < offsets[c + 1] ? days[k + 1] : NONE_AFTER;
                if (Double.isNaN(largest[c]) || book.orderAmount()[k] > largest[c]) {
                    largest[c] = book.orderAmount()[k];
                    largestDay[c] = days[k];
                }
            }
        }
        revenueBefore = new double[span + 1];
        for (int d = 0; d < span; d++) {
            double sum = 0;
            for (int i = dayStart[d]; i < dayStart[d + 1]; i++) {
                sum += amount[i];
            }
            revenueBefore[d + 1] = revenueBefore[d] + sum;
        }
    }

    /** The first order index on or after epoch day {@code day} (clamped to the book's days). */
    int startOf(int day) {
        if (day <= firstDay) {
            return 0;
        }
        if (day > lastDay) {
            return customer.length;
        }
        return dayStart[day - firstDay];
    }

    /** One past the last order index on or before epoch day {@code day}. */
    int endOf(int day) {
        if (day < firstDay) {
            return 0;
        }
        if (day >= lastDay) {
            return customer.length;
        }
        return dayStart[day - firstDay + 1];
    }

    /** Revenue of everyone's orders from {@code from} to {@code to}, both included. */
    double revenue(int from, int to) {
        return revenueBefore[dayIndex(to + 1L)] - revenueBefore[dayIndex(from)];
    }

    private int dayIndex(long day) {
        return (int) Math.max(0, Math.min(lastDay - firstDay + 1, day - firstDay));
    }
}
