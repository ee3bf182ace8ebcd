package io.segbot.mece;

import java.time.LocalDate;
import java.util.Arrays;

/** Selects the universe and computes each dimension's source values for it. */
final class Universe {
    final UniverseSummary summary;
    /** Table row of each universe user, ascending. */
    final int[] rows;

    private final CartTable table;
    private final int asOfDay;

    private Universe(CartTable table, LocalDate asOf, int windowDays) {
        this.table = table;
        this.asOfDay = Math.toIntExact(asOf.toEpochDay());
        int startDay = asOfDay - (windowDays - 1);
        int[] selected = new int[table.size()];
        int count = 0;
        int before = 0;
        int after = 0;
        for (int row = 0; row < table.size(); row++) {
            int day = table.abandonedDay[row];
            if (day < startDay) {
                before++;
            } else if (day > asOfDay) {
                after++;
            } else {
                selected[count++] = row;
            }
        }
        rows = Arrays.copyOf(selected, count);
        summary = new UniverseSummary(table.size(), count, before, after, LocalDate.ofEpochDay(startDay), asOf);
    }

    static Universe select(CartTable table, LocalDate asOf, int windowDays) {
        return new Universe(table, asOf, windowDays);
    }

    int size() {
        return rows.length;
    }

    /** Days from abandonment to the as-of date, 0..windowDays − 1. */
    int daysSinceAbandonment(int user) {
        return asOfDay - table.abandonedDay[rows[user]];
    }

    /** The source's value for every universe user, NaN where missing. */
    double[] values(Source source) {
        double[] values = new double[rows.length];
        for (int user = 0; user < rows.length; user++) {
            values[user] = value(source, rows[user]);
        }
        return values;
    }

    private double value(Source source, int row) {
        return switch (source) {
            case AVG_ORDER_VALUE -> table.avgOrderValue[row];
            case SESSIONS_LAST_30D -> table.sessions[row];
            case NUM_CART_ITEMS -> table.cartItems[row];
            case ENGAGEMENT_SCORE -> table.engagement[row];
            case PROFITABILITY_SCORE -> table.profitability[row];
            case DAYS_SINCE_ABANDONMENT -> asOfDay - table.abandonedDay[row];
            case DAYS_SINCE_LAST_ORDER -> {
                int last = table.lastOrderDay[row];
                // A last order after the as-of date was not known then: treat as missing.
                yield last == CartTable.MISSING_DAY || last > asOfDay ? Double.NaN : asOfDay - last;
            }
        };
    }
}
