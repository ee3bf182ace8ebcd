package io.segbot.chat.plan;

/**
 * A scan's window read day by day from {@link OrderDays}: only the window's orders are visited.
 * Which customers ordered in the window, and whether twice or more, follows from each order's
 * neighbours (see {@link OrderDays}), so no per-customer state is kept except a running spend when
 * the spend distribution is asked for. Confined to one scan.
 */
final class DayPass {
    private final Scan scan;
    private final OrderDays days;
    private final boolean[] members;

    /** @param members the population as a mask over customers, or null for everyone */
    DayPass(Scan scan, OrderDays days, boolean[] members) {
        this.scan = scan;
        this.days = days;
        this.members = members;
    }

    void run(Tally total) {
        Groups groups = scan.groups;
        Values values = scan.values;
        int from = scan.from;
        int to = scan.to;
        int first = Math.max(from, days.firstDay);
        int last = Math.min(to, days.lastDay);
        // a window to the book's last day reads each customer's spend at its first order in it
        boolean toEnd = last == days.lastDay;
        double[] spend = values.spends() && !toEnd ? new double[scan.book.customers()] : null;
        for (int day = first; day <= last; day++) {
            int p = groups.byPeriod() ? groups.periodOf(day) : -1;
            int periodFrom = p < 0 ? 0 : groups.periodFirstDay(p);
            int periodTo = p < 0 ? 0 : groups.periodLastDay(p);
            int end = days.dayStart[day - days.firstDay + 1];
            for (int i = days.dayStart[day - days.firstDay]; i < end; i++) {
                int c = days.customer[i];
                if (members != null && !members[c]) {
                    continue;
                }
                double amount = days.amount[i];
                int previous = days.previousDay[i];
                int next = days.nextDay[i];
                boolean previousInWindow = previous != OrderDays.NONE_BEFORE && previous >= from;
                boolean lastInWindow = next == OrderDays.NONE_AFTER || next > to;
                if (toEnd && !previousInWindow && values.spends()) {
                    values.add(days.spendFrom[i]);
                }
                Tally group = groups.ofCustomer(c);
                total.order(c, day, amount);
                if (group != null) {
                    group.order(c, day, amount);
                }
                if (previousInWindow) {
                    Scan.gap(total, day - previous);
                    if (group != null) {
                        Scan.gap(group, day - previous);
                    }
                    if (values.gaps()) {
                        values.add(day - previous);
                    }
                }
                if (lastInWindow) {
                    int k = previousInWindow ? 2 : 1;
                    Scan.count(total, k);
                    if (group != null) {
                        Scan.count(group, k);
                    }
                    if (spend != null) {
                        values.add(spend[c] + amount);
                    }
                } else if (spend != null) {
                    spend[c] += amount;
                }
                if (p >= 0) {
                    Tally period = groups.tally(p); // made by its first order: periods without one are left out
                    period.order(c, day, amount);
                    if (previousInWindow && previous >= periodFrom) {
                        Scan.gap(period, day - previous);
                    }
                    if (next == OrderDays.NONE_AFTER || next > periodTo) {
                        period.members++;
                        Scan.count(period, previous != OrderDays.NONE_BEFORE && previous >= periodFrom ? 2 : 1);
                    }
                }
                if (values.orderValues()) {
                    values.add(amount);
                }
            }
        }
    }
}
