package io.segbot.chat.plan;

/**
 * An {@link OrderBook}'s orders again, sorted by day, so a window is one contiguous range of
 * orders instead of a visit to every customer. Each order also knows the day of its customer's
 * previous and next order, which turns the window's per-customer figures into tests on one order:
 * an order is its customer's first in {@code [from, to]} when the previous one falls before
 * {@code from} (so the window's distinct customers are counted without a set), that customer
 * ordered twice or more in the window when the next order falls on or before {@code to}, and a gap
 * between consecutive orders lies in the window when the previous order does.
 *
 * <p>Within a day, orders are sorted by their previous order's day (first orders first), so the
 * day's first-in-window orders are a prefix found by binary search: the distinct customers of
 * everyone in any window take one search per day ({@link #sum}), and its revenue and orders two
 * array reads.
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
    /** Sum of the previous-order days of the orders before each index (first orders count 0): gap days by subtraction. */
    final long[] previousBefore;
    /** Revenue of the days before day {@code firstDay + d}: any window's revenue of everyone in O(1). */
    final double[] revenueBefore;
    /** Each day's largest order and its customer (ties: the earlier customer), -1 on a day without orders. */
    final double[] dayLargest;

    final int[] dayLargestCustomer;
    /** Each customer's largest order and its day (NaN / 0 without orders), for lifetime questions. */
    final double[] largest;

    final int[] largestDay;
    /**
     * Spend and number of orders of the order's customer from this order to its last: a window that
     * runs to the book's last day holds, for each customer, the orders from its first one in the
     * window on, so its spend there is one read ({@link #spendsToEnd}).
     */
    final double[] spendFrom;

    final int[] ordersFrom;

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
        int[] previous = new int[orders];
        largest = new double[book.customers()];
        largestDay = new int[book.customers()];
        for (int c = 0; c < book.customers(); c++) {
            largest[c] = Double.NaN;
            for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                previous[k] = k > offsets[c] ? days[k - 1] : NONE_BEFORE;
                if (Double.isNaN(largest[c]) || book.orderAmount()[k] > largest[c]) {
                    largest[c] = book.orderAmount()[k];
                    largestDay[c] = days[k];
                }
            }
        }
        // two stable counting sorts (radix): by previous day (none first), then by day
        int[] byPrevious = countingSort(identity(orders), previous, min - 1, span + 1);
        int[] order = countingSort(byPrevious, days, min, span);
        dayStart = starts(days, min, span);
        int[] owner = owners(offsets, orders);
        customer = new int[orders];
        amount = new double[orders];
        previousDay = new int[orders];
        nextDay = new int[orders];
        spendFrom = new double[orders];
        ordersFrom = new int[orders];
        double[] suffix = new double[orders];
        for (int c = 0; c < book.customers(); c++) {
            double sum = 0;
            for (int k = offsets[c + 1] - 1; k >= offsets[c]; k--) {
                sum += book.orderAmount()[k];
                suffix[k] = sum;
            }
        }
        for (int at = 0; at < orders; at++) {
            int k = order[at];
            int c = owner[k];
            customer[at] = c;
            amount[at] = book.orderAmount()[k];
            previousDay[at] = previous[k];
            nextDay[at] = k + 1 < offsets[c + 1] ? days[k + 1] : NONE_AFTER;
            spendFrom[at] = suffix[k];
            ordersFrom[at] = offsets[c + 1] - k;
        }
        previousBefore = new long[orders + 1];
        for (int at = 0; at < orders; at++) {
            previousBefore[at + 1] = previousBefore[at] + (previousDay[at] == NONE_BEFORE ? 0 : previousDay[at]);
        }
        revenueBefore = new double[span + 1];
        dayLargest = new double[span];
        dayLargestCustomer = new int[span];
        for (int d = 0; d < span; d++) {
            double sum = 0;
            dayLargest[d] = -1;
            dayLargestCustomer[d] = -1;
            for (int i = dayStart[d]; i < dayStart[d + 1]; i++) {
                sum += amount[i];
                if (amount[i] > dayLargest[d] || amount[i] == dayLargest[d] && customer[i] < dayLargestCustomer[d]) {
                    dayLargest[d] = amount[i];
                    dayLargestCustomer[d] = customer[i];
                }
            }
            revenueBefore[d + 1] = revenueBefore[d] + sum;
        }
    }

    /**
     * Adds everyone's figures in {@code [from, to]} to {@code t}: orders, revenue, distinct, repeat
     * and one-time customers, gaps and their days, first, last and largest order. One binary search
     * per day, plus a visit of each customer's first order in the window.
     */
    void sum(Tally t, int from, int to) {
        // clamped to the book's days, so "no previous / next order" needs no test of its own
        int first = Math.max(from, firstDay);
        int last = Math.min(to, lastDay);
        long customers = 0;
        long repeat = 0;
        for (int day = first; day <= last; day++) {
            int d = day - firstDay;
            int start = dayStart[d];
            int end = dayStart[d + 1];
            if (start == end) {
                continue;
            }
            int firsts = firstAtOrAfter(start, end, first);
            customers += firsts - start;
            for (int i = start; i < firsts; i++) {
                if (nextDay[i] <= last) {
                    repeat++;
                }
            }
            // the day's other orders have their previous order in the window: each is a gap ending today
            t.gapDays += (double) (end - firsts) * day - (previousBefore[end] - previousBefore[firsts]);
            t.largest(dayLargestCustomer[d], day, dayLargest[d]);
            t.firstDay = Math.min(t.firstDay, day);
            t.lastDay = Math.max(t.lastDay, day);
        }
        long orders = first > last ? 0 : endOf(last) - startOf(first);
        t.orders += orders;
        t.revenue += first > last ? 0 : revenueBefore[last - firstDay + 1] - revenueBefore[first - firstDay];
        t.customers += customers;
        t.repeat += repeat;
        t.oneTime += customers - repeat;
        t.gaps += orders - customers;
    }

    /**
     * Adds the values a distribution of everyone in {@code [from, to]} needs: each order's value,
     * each gap between consecutive orders in the window, or each customer's spend in the window.
     */
    void distribution(Values values, int from, int to, int customers) {
        int first = Math.max(from, firstDay);
        int last = Math.min(to, lastDay);
        if (first > last) {
            return;
        }
        if (values.orderValues()) {
            values.addAll(amount, startOf(first), endOf(last));
        }
        if (values.gaps()) {
            for (int day = first; day <= last; day++) {
                int end = dayStart[day - firstDay + 1];
                for (int i = firstAtOrAfter(dayStart[day - firstDay], end, first); i < end; i++) {
                    values.add(day - previousDay[i]);
                }
            }
        }
        if (values.spends() && last == lastDay) {
            spendsToEnd(first, (c, spend, n) -> values.add(spend));
        } else if (values.spends()) {
            double[] spend = new double[customers];
            boolean[] bought = new boolean[customers];
            int end = endOf(last);
            for (int i = startOf(first); i < end; i++) {
                spend[customer[i]] += amount[i];
                bought[customer[i]] = true;
            }
            for (int c = 0; c < customers; c++) {
                if (bought[c]) {
                    values.add(spend[c]);
                }
            }
        }
    }

    /** Receives one customer's spend and number of orders in a window. */
    interface CustomerSpend {
        void accept(int customer, double spend, int orders);
    }

    /**
     * Each customer's spend and orders from day {@code from} to the book's last day: one read per
     * customer, at its first order in the window (which the day's orders list first).
     */
    void spendsToEnd(int from, CustomerSpend out) {
        for (int day = Math.max(from, firstDay); day <= lastDay; day++) {
            int start = dayStart[day - firstDay];
            int firsts = firstAtOrAfter(start, dayStart[day - firstDay + 1], from);
            for (int i = start; i < firsts; i++) {
                out.accept(customer[i], spendFrom[i], ordersFrom[i]);
            }
        }
    }

    /** The first index in {@code [lo, hi)} (one day's orders) whose previous order is on or after {@code day}. */
    private int firstAtOrAfter(int lo, int hi, int day) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (previousDay[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first order index on or after epoch day {@code day} (clamped to the book's days). */
    int startOf(int day) {
        return startOf(dayStart, firstDay, lastDay, day);
    }

    /** One past the last order index on or before epoch day {@code day}. */
    int endOf(int day) {
        return endOf(dayStart, firstDay, lastDay, day);
    }

    /**
     * In an index of items by day ({@code dayStart[d]}: the first item of day {@code firstDay + d};
     * its last entry the number of items), the first item on or after {@code day}.
     */
    static int startOf(int[] dayStart, int firstDay, int lastDay, int day) {
        if (day <= firstDay) {
            return 0;
        }
        return day > lastDay ? dayStart[dayStart.length - 1] : dayStart[day - firstDay];
    }

    /** In the same index, one past the last item on or before {@code day}. */
    static int endOf(int[] dayStart, int firstDay, int lastDay, int day) {
        if (day < firstDay) {
            return 0;
        }
        return day >= lastDay ? dayStart[dayStart.length - 1] : dayStart[day - firstDay + 1];
    }

    /** One past the first orders of customers on day {@code firstDay + d} (they come first in the day). */
    int firstOrdersEnd(int d) {
        return firstAtOrAfter(dayStart[d], dayStart[d + 1], NONE_BEFORE + 1);
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** {@code items} stably sorted by {@code key[item]}, keys in {@code [base, base + range)} (below: first). */
    private static int[] countingSort(int[] items, int[] key, int base, int range) {
        int[] count = new int[range + 1];
        for (int item : items) {
            count[bucket(key[item], base, range) + 1]++;
        }
        for (int b = 0; b < range; b++) {
            count[b + 1] += count[b];
        }
        int[] out = new int[items.length];
        for (int item : items) {
            out[count[bucket(key[item], base, range)]++] = item;
        }
        return out;
    }

    private static int bucket(int key, int base, int range) {
        return key < base ? 0 : Math.min(range - 1, key - base);
    }

    private static int[] starts(int[] days, int min, int span) {
        int[] start = new int[span + 1];
        for (int day : days) {
            start[day - min + 1]++;
        }
        for (int d = 0; d < span; d++) {
            start[d + 1] += start[d];
        }
        return start;
    }

    private static int[] owners(int[] offsets, int orders) {
        int[] owner = new int[orders];
        for (int c = 0; c + 1 < offsets.length; c++) {
            for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                owner[k] = c;
            }
        }
        return owner;
    }
}
