package io.segbot.analytics;

import java.util.Arrays;

/**
 * Rule-based churn risk: how overdue a customer is against their own purchase cadence.
 *
 * <p>{@code overdue = recency / cadence}, where cadence is the customer's mean days between orders,
 * {@code (last - first) / (orders - 1)}. One-time buyers (and customers whose orders all fall on one
 * day) are measured against the population's cadence: the median cadence of repeat buyers. Bands:
 * Low when {@code overdue <= 1.5} (within half a cycle of their rhythm), Medium up to 3, High above.
 *
 * <p>Customer-level files carry no dates, so there the population cadence is the median recency of
 * all customers, with the same bands.
 */
public final class ChurnRules {
    public static final double LOW_UP_TO = 1.5;
    public static final double MEDIUM_UP_TO = 3.0;

    private ChurnRules() {}

    /** The cadence everyone without their own is measured against, in days, at least 1. */
    public static double populationCadence(CustomerMetrics metrics) {
        if (!metrics.hasDates()) {
            return metrics.size() == 0 ? 1 : populationCadence(Quantiles.edges(metrics.recencyDays(), 0.5)[0]);
        }
        double[] cadences = new double[metrics.size()];
        int count = 0;
        for (int c = 0; c < metrics.size(); c++) {
            double own = ownCadence(metrics, c);
            if (own > 0) {
                cadences[count++] = own;
            }
        }
        if (count == 0) {
            return 1;
        }
        return populationCadence(Quantiles.edgesInPlace(Arrays.copyOf(cadences, count), 0.5)[0]);
    }

    public static ChurnRisk[] assess(CustomerMetrics metrics) {
        double population = populationCadence(metrics);
        ChurnRisk[] risk = new ChurnRisk[metrics.size()];
        for (int c = 0; c < metrics.size(); c++) {
            double own = metrics.hasDates() ? ownCadence(metrics, c) : 0;
            risk[c] = band(metrics.recencyDays()[c], own, population);
        }
        return risk;
    }

    /** One customer's band: {@code ownCadence} 0 means measured against {@code populationCadence}. */
    public static ChurnRisk band(int recencyDays, double ownCadence, double populationCadence) {
        double cadence = ownCadence > 0 ? ownCadence : populationCadence;
        double overdue = recencyDays / cadence;
        return overdue <= LOW_UP_TO ? ChurnRisk.LOW : overdue <= MEDIUM_UP_TO ? ChurnRisk.MEDIUM : ChurnRisk.HIGH;
    }

    /** Mean days between orders, or 0 when there is no repeat spread to measure. */
    static double ownCadence(CustomerMetrics metrics, int c) {
        return ownCadence(metrics.frequency()[c], metrics.firstDay()[c], metrics.lastDay()[c]);
    }

    /** As above for one customer's order count and first and last epoch days. */
    public static double ownCadence(int orders, int firstDay, int lastDay) {
        int span = lastDay - firstDay;
        return orders > 1 && span > 0 ? (double) span / (orders - 1) : 0;
    }

    /** The population cadence from the median of the repeat buyers' own cadences (0 when none). */
    public static double populationCadence(double medianOwnCadence) {
        return Math.max(1, medianOwnCadence);
    }
}
