package io.segbot.analytics.clv;

import java.util.Objects;

/**
 * Summaries of many customers in columnar form (index {@code i} is one customer), so that a million
 * customers cost a few arrays rather than a million objects. The arrays are owned by this record:
 * callers must not modify them after construction.
 *
 * @param customerIds customer ids
 * @param x repeat purchases
 * @param tx recency t_x in {@code unit}
 * @param age T in {@code unit}
 * @param zbar mean repeat spend, 0 when x = 0
 * @param unit the time unit of tx and age
 */
public record RfmSummaries(String[] customerIds, int[] x, double[] tx, double[] age, double[] zbar, PeriodUnit unit) {
    public RfmSummaries {
        Objects.requireNonNull(unit, "unit");
        int n = customerIds.length;
        if (x.length != n || tx.length != n || age.length != n || zbar.length != n) {
            throw new IllegalArgumentException("column lengths differ: ids=" + n + ", x=" + x.length + ", t_x="
                    + tx.length + ", T=" + age.length + ", zbar=" + zbar.length);
        }
        for (int i = 0; i < n; i++) {
            if (x[i] < 0 || !(tx[i] >= 0 && tx[i] <= age[i]) || !Double.isFinite(zbar[i])) {
                throw new IllegalArgumentException("invalid summary for customer " + customerIds[i] + ": x=" + x[i]
                        + ", t_x=" + tx[i] + ", T=" + age[i] + ", zbar=" + zbar[i]);
            }
        }
    }

    /** Builds columns from per-customer records (convenient for tests and small data). */
    public static RfmSummaries of(java.util.List<RfmSummary> rows, PeriodUnit unit) {
        int n = rows.size();
        String[] ids = new String[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] zbar = new double[n];
        for (int i = 0; i < n; i++) {
            RfmSummary row = rows.get(i);
            ids[i] = row.customerId();
            x[i] = row.x();
            tx[i] = row.tx();
            age[i] = row.age();
            zbar[i] = row.zbar();
        }
        return new RfmSummaries(ids, x, tx, age, zbar, unit);
    }

    public int size() {
        return customerIds.length;
    }

    public RfmSummary get(int i) {
        return new RfmSummary(customerIds[i], x[i], tx[i], age[i], zbar[i]);
    }

    /** Number of customers with at least one repeat purchase. */
    public int repeatBuyers() {
        int count = 0;
        for (int value : x) {
            if (value > 0) {
                count++;
            }
        }
        return count;
    }
}
