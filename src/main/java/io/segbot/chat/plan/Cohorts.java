package io.segbot.chat.plan;

/**
 * An {@link OrderBook}'s customers ordered by the day of their first order, each with its lifetime
 * figures, so "new customers in a window" is one contiguous range instead of a test of every
 * customer: the customers whose first order falls in {@code [from, to]} are the positions
 * {@code startOf(from) .. endOf(to)}. A window that ends after a customer's last order takes that
 * customer's lifetime figures from here without reading an order; only customers still ordering
 * after the window are read order by order.
 *
 * <p>Built once per book from {@link OrderDays} (whose days list first orders first), about 36
 * bytes a customer; immutable afterwards, so it is shared by every thread.
 */
final class Cohorts {
    /** Epoch day of the book's first order; customers first ordering on {@code firstDay + d} are {@code dayStart[d] ..}. */
    final int firstDay;

    final int lastDay;
    final int[] dayStart;
    final int[] customer;
    /** Each position's lifetime orders, spend, last order day, and largest order with its day. */
    final int[] orders;

    final double[] spend;
    final int[] lastOrderDay;
    final double[] largest;
    final int[] largestDay;

    Cohorts(OrderBook book, OrderDays days) {
        firstDay = days.firstDay;
        lastDay = days.lastDay;
        int span = lastDay - firstDay + 1;
        dayStart = new int[span + 1];
        int buyers = 0;
        for (int d = 0; d < span; d++) {
            buyers += days.firstOrdersEnd(d) - days.dayStart[d];
            dayStart[d + 1] = buyers;
        }
        customer = new int[buyers];
        orders = new int[buyers];
        spend = new double[buyers];
        lastOrderDay = new int[buyers];
        largest = new double[buyers];
        largestDay = new int[buyers];
        int[] offsets = book.offsets();
        int at = 0;
        for (int d = 0; d < span; d++) {
            int end = days.firstOrdersEnd(d);
            for (int i = days.dayStart[d]; i < end; i++, at++) {
                int c = days.customer[i];
                customer[at] = c;
                orders[at] = offsets[c + 1] - offsets[c];
                double sum = 0;
                for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                    sum += book.orderAmount()[k];
                }
                spend[at] = sum;
                lastOrderDay[at] = book.orderDay()[offsets[c + 1] - 1];
                largest[at] = days.largest[c];
                largestDay[at] = days.largestDay[c];
            }
        }
        monthEnd = monthEnds(firstDay, lastDay);
        cut = cuts(book);
    }

    /** Epoch day of each month's last day from the first order's month to the one before the last order's. */
    final int[] monthEnd;
    /**
     * Cut figures, cell {@code m * span + d}: the customers first ordering on day {@code firstDay +
     * d} who still order after month end {@code m}, over their orders up to that month end. Null
     * when the book spans too many days and months to keep them (then such windows read orders).
     */
    final Cut cut;

    /** Flat arrays of the cut figures, one cell per (month end, first day). */
    static final class Cut {
        final int[] customers;
        final int[] orders;
        final double[] revenue;
        final int[] repeat;
        final long[] gapDays;
        final int[] lastDay;
        final double[] largest;
        final int[] largestCustomer;
        final int[] largestDay;

        Cut(int cells) {
            customers = new int[cells];
            orders = new int[cells];
            revenue = new double[cells];
            repeat = new int[cells];
            gapDays = new long[cells];
            lastDay = new int[cells];
            largest = new double[cells];
            largestCustomer = new int[cells];
            largestDay = new int[cells];
            java.util.Arrays.fill(largest, Double.NaN);
            java.util.Arrays.fill(lastDay, Integer.MIN_VALUE);
        }
    }

    /** At most this many cells (month ends × days) are kept: about 48 MB. */
    private static final long MAX_CELLS = 1_000_000;

    /** The month end index of epoch day {@code day} if it is a month end before the last order, else -1. */
    int monthEndIndex(int day) {
        int at = java.util.Arrays.binarySearch(monthEnd, day);
        return at >= 0 ? at : -1;
    }

    /** Fills the cut cells: each customer's running figures at every month end between its first and last order. */
    private Cut cuts(OrderBook book) {
        int span = lastDay - firstDay + 1;
        if ((long) monthEnd.length * span > MAX_CELLS) {
            return null;
        }
        Cut out = new Cut(monthEnd.length * span);
        int[] offsets = book.offsets();
        int[] days = book.orderDay();
        double[] amounts = book.orderAmount();
        for (int d = 0; d < span; d++) {
            for (int at = dayStart[d]; at < dayStart[d + 1]; at++) {
                int c = customer[at];
                int k = offsets[c];
                int end = offsets[c + 1];
                int found = java.util.Arrays.binarySearch(monthEnd, firstDay + d);
                int m = found >= 0 ? found : -found - 1; // the first month end on or after the first order
                int n = 0;
                double spend = 0;
                double max = Double.NaN;
                int maxDay = 0;
                for (; m < monthEnd.length && monthEnd[m] < days[end - 1]; m++) {
                    for (; k < end && days[k] <= monthEnd[m]; k++, n++) {
                        spend += amounts[k];
                        if (!(amounts[k] <= max)) { // the first of equal amounts: the earlier day
                            max = amounts[k];
                            maxDay = days[k];
                        }
                    }
                    int cell = m * span + d;
                    out.customers[cell]++;
                    out.orders[cell] += n;
                    out.revenue[cell] += spend;
                    out.repeat[cell] += n >= 2 ? 1 : 0;
                    out.gapDays[cell] += days[k - 1] - (firstDay + d);
                    out.lastDay[cell] = Math.max(out.lastDay[cell], days[k - 1]);
                    if (Tally.beats(
                            max, maxDay, c, out.largest[cell], out.largestDay[cell], out.largestCustomer[cell])) {
                        out.largest[cell] = max;
                        out.largestDay[cell] = maxDay;
                        out.largestCustomer[cell] = c;
                    }
                }
            }
        }
        return out;
    }

    private static int[] monthEnds(int firstDay, int lastDay) {
        java.util.List<Integer> ends = new java.util.ArrayList<>();
        java.time.LocalDate month = java.time.LocalDate.ofEpochDay(firstDay).withDayOfMonth(1);
        while (true) {
            int end = (int) month.plusMonths(1).minusDays(1).toEpochDay();
            if (end >= lastDay) {
                break;
            }
            ends.add(end);
            month = month.plusMonths(1);
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first position whose first order is on or after epoch day {@code day}. */
    int startOf(int day) {
        return OrderDays.startOf(dayStart, firstDay, lastDay, day);
    }

    /** One past the last position whose first order is on or before epoch day {@code day}. */
    int endOf(int day) {
        return OrderDays.endOf(dayStart, firstDay, lastDay, day);
    }
}
