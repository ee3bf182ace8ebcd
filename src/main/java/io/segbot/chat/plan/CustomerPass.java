package io.segbot.chat.plan;

/**
 * A scan's window read customer by customer: for a small population (one customer, a small
 * segment), cheaper than visiting every order of the window. Each customer's orders are sorted by
 * day, so the window starts at a binary search. Stateless.
 */
final class CustomerPass {
    private CustomerPass() {}

    static void orders(Scan scan, Tally total, Tally group, int c) {
        OrderBook book = scan.book;
        int first = book.offsets()[c];
        int end = book.offsets()[c + 1];
        int from = scan.from;
        int to = scan.to;
        if (first == end || book.orderDay()[end - 1] < from || book.orderDay()[first] > to) {
            return; // no order in the window, checked in O(1)
        }
        Groups groups = scan.groups;
        Values values = scan.values;
        if (!groups.byPeriod() && !values.orderValues() && !values.gaps()) {
            summed(scan, total, group, c, startOf(book.orderDay(), first, end, from), end, to, scan.values.spends());
            return;
        }
        int k = 0;
        double spend = 0;
        int previous = Integer.MIN_VALUE;
        int lastPeriod = -1;
        int inPeriod = 0;
        for (int i = startOf(book.orderDay(), first, end, from); i < end; i++) {
            int day = book.orderDay()[i];
            if (day > to) {
                break;
            }
            double amount = book.orderAmount()[i];
            k++;
            spend += amount;
            total.order(c, day, amount);
            if (group != null) {
                group.order(c, day, amount);
            }
            int before = previous;
            if (previous != Integer.MIN_VALUE) {
                Scan.gap(total, day - previous);
                if (group != null) {
                    Scan.gap(group, day - previous);
                }
                if (values.gaps()) {
                    values.add(day - previous);
                }
            }
            previous = day;
            if (groups.byPeriod()) {
                int p = groups.periodOf(day);
                if (p != lastPeriod) {
                    if (lastPeriod >= 0) {
                        Scan.count(groups.tally(lastPeriod), inPeriod);
                    }
                    groups.tally(p).members++;
                    lastPeriod = p;
                    inPeriod = 0;
                }
                inPeriod++;
                groups.tally(p).order(c, day, amount);
                if (inPeriod > 1) { // the customer's previous order in the window is in this period too
                    Scan.gap(groups.tally(p), day - before);
                }
            }
            if (values.orderValues()) {
                values.add(amount);
            }
        }
        if (lastPeriod >= 0) {
            Scan.count(groups.tally(lastPeriod), inPeriod);
        }
        Scan.count(total, k);
        if (group != null) {
            Scan.count(group, k);
        }
        if (k > 0 && values.spends()) {
            values.add(spend);
        }
    }

    /**
     * The same figures when no single order is needed afterwards: the window's orders are summed in
     * a tight loop, then added to the tallies once per customer.
     */
    static void summed(Scan scan, Tally total, Tally group, int c, int lo, int end, int to, boolean spends) {
        OrderBook book = scan.book;
        int[] days = book.orderDay();
        double[] amounts = book.orderAmount();
        double spend = 0;
        double largest = Double.NaN;
        int largestDay = 0;
        int hi = lo;
        for (; hi < end && days[hi] <= to; hi++) {
            spend += amounts[hi];
            if (!(amounts[hi] <= largest)) { // the first of equal amounts: the earlier day
                largest = amounts[hi];
                largestDay = days[hi];
            }
        }
        int k = hi - lo;
        if (k == 0) {
            return;
        }
        add(total, c, k, spend, largest, largestDay, days[lo], days[hi - 1]);
        if (group != null) {
            add(group, c, k, spend, largest, largestDay, days[lo], days[hi - 1]);
        }
        if (spends) {
            scan.values.add(spend);
        }
    }

    static void add(Tally t, int c, int k, double spend, double largest, int largestDay, int firstDay, int lastDay) {
        t.orders += k;
        t.revenue += spend;
        t.largest(c, largestDay, largest);
        t.firstDay = Math.min(t.firstDay, firstDay);
        t.lastDay = Math.max(t.lastDay, lastDay);
        t.gaps += k - 1;
        t.gapDays += lastDay - firstDay; // the sum of the gaps between consecutive orders
        Scan.count(t, k);
    }

    /** The first index in {@code [lo, hi)} whose day is on or after {@code day}. */
    static int startOf(int[] days, int lo, int hi, int day) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
