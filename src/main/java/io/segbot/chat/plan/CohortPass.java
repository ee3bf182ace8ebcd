package io.segbot.chat.plan;

/**
 * A scan of "new customers in a window" from {@link Cohorts}: the customers whose first order falls
 * in the window are one range of positions, so no customer outside it is visited. Each one's
 * figures in the window start at its first order; they are its lifetime figures when its last order
 * is in the window too, and are read order by order otherwise.
 *
 * <p>A breakdown by month or quarter counts each customer in the period of its first order, with
 * its orders in that period: "new customers by month" are the customers won each month. Asked for
 * the number of customers only, the periods hold just their counts ({@code members} and {@code
 * customers}), which needs no order read. Confined to one scan.
 */
final class CohortPass {
    private final Scan scan;
    private final Cohorts cohorts;
    /** The population's other filters as a mask, or null for every new customer. */
    private final boolean[] others;

    CohortPass(Scan scan, Cohorts cohorts, boolean[] others) {
        this.scan = scan;
        this.cohorts = cohorts;
        this.others = others;
    }

    Tally run() {
        Tally total = new Tally();
        window(total, scan.from, scan.to, true);
        Groups groups = scan.groups;
        if (!groups.byPeriod()) {
            return total;
        }
        int first = Math.max(scan.from, cohorts.firstDay);
        int last = Math.min(scan.to, cohorts.lastDay);
        for (int day = first; day <= last; ) {
            int p = groups.periodOf(day);
            int end = Math.min(last, groups.periodLastDay(p));
            Tally period = new Tally();
            if (scan.measure == Measure.CUSTOMERS) {
                count(period, day, end);
            } else {
                window(period, day, end, false);
            }
            if (period.members > 0) { // periods without a new customer are left out
                groups.set(p, period);
            }
            day = end + 1;
        }
        return total;
    }

    /** Only the number of new customers from {@code from} to {@code to}: each has an order there, its first. */
    private void count(Tally t, int from, int to) {
        int start = cohorts.startOf(from);
        int end = cohorts.endOf(to);
        long n = end - start;
        if (others != null) {
            n = 0;
            for (int at = start; at < end; at++) {
                n += others[cohorts.customer[at]] ? 1 : 0;
            }
        }
        t.members += n;
        t.customers += n;
    }

    /**
     * Adds the figures of the customers first ordering in {@code [from, to]}, over their orders up to
     * {@code to}; with {@code full}, also their customer groups and the scan's distribution values.
     */
    private void window(Tally t, int from, int to, boolean full) {
        Values values = scan.values;
        boolean eachOrder = full && (values.orderValues() || values.gaps());
        boolean spends = full && values.spends();
        int[] offsets = scan.book.offsets();
        int firstDay = Math.max(from, cohorts.firstDay);
        int lastDay = Math.min(to, cohorts.lastDay);
        // customers still ordering after a month end: their figures up to it are kept per first day
        int monthEnd = cohorts.cut == null ? -1 : cohorts.monthEndIndex(to);
        boolean byCut = monthEnd >= 0 && others == null && !eachOrder && !spends && !(full && scan.groups.byCustomer());
        int span = cohorts.lastDay - cohorts.firstDay + 1;
        for (int day = firstDay; day <= lastDay; day++) {
            int d = day - cohorts.firstDay;
            if (byCut) {
                add(t, cohorts.cut, monthEnd * span + d, day);
            }
            for (int at = cohorts.dayStart[d]; at < cohorts.dayStart[d + 1]; at++) {
                int c = cohorts.customer[at];
                if (others != null && !others[c]) {
                    continue;
                }
                Tally group = full ? scan.groups.ofCustomer(c) : null;
                scan.member(t, c);
                if (group != null) {
                    scan.member(group, c);
                }
                if (!eachOrder && cohorts.lastOrderDay[at] <= to) {
                    int k = cohorts.orders[at];
                    double spend = cohorts.spend[at];
                    int last = cohorts.lastOrderDay[at];
                    CustomerPass.add(t, c, k, spend, cohorts.largest[at], cohorts.largestDay[at], day, last);
                    if (group != null) {
                        CustomerPass.add(group, c, k, spend, cohorts.largest[at], cohorts.largestDay[at], day, last);
                    }
                    if (spends) {
                        values.add(spend);
                    }
                } else if (!byCut) {
                    orders(t, group, c, offsets[c], to, eachOrder, spends);
                }
            }
        }
    }

    /** Adds one cut cell: the customers first ordering on {@code day} with their orders up to the month end. */
    private static void add(Tally t, Cohorts.Cut cut, int cell, int day) {
        int n = cut.customers[cell];
        if (n == 0) {
            return;
        }
        t.customers += n;
        t.orders += cut.orders[cell];
        t.revenue += cut.revenue[cell];
        t.repeat += cut.repeat[cell];
        t.oneTime += n - cut.repeat[cell];
        t.gaps += cut.orders[cell] - n;
        t.gapDays += cut.gapDays[cell];
        t.firstDay = Math.min(t.firstDay, day);
        t.lastDay = Math.max(t.lastDay, cut.lastDay[cell]);
        t.largest(cut.largestCustomer[cell], cut.largestDay[cell], cut.largest[cell]);
    }

    /**
     * Customer c's orders from its first (at {@code k}) to day {@code to}, read one by one: the
     * single order values and gaps when the distribution asks for them, then the sums.
     */
    private void orders(Tally t, Tally group, int c, int k, int to, boolean eachOrder, boolean spends) {
        int[] days = scan.book.orderDay();
        int end = scan.book.offsets()[c + 1];
        if (eachOrder) {
            for (int i = k; i < end && days[i] <= to; i++) {
                if (scan.values.orderValues()) {
                    scan.values.add(scan.book.orderAmount()[i]);
                }
                if (i > k && scan.values.gaps()) {
                    scan.values.add(days[i] - days[i - 1]);
                }
            }
        }
        CustomerPass.summed(scan, t, group, c, k, end, to, spends);
    }
}
