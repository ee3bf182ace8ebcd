package io.segbot.analytics;

/**
 * The two rule-based lifetime-value figures, named so nobody mistakes one for the other.
 *
 * <ul>
 *   <li>{@code prototypeIndex = frequency * monetary}: the earlier prototype's "CLV". It multiplies
 *       total spend by order count, so it is an index for ranking, not a currency forecast.
 *   <li>{@code horizonValue = averageOrderValue * purchaseRate * horizonDays}, with {@code
 *       purchaseRate = frequency / max(tenureDays, 90)}: the spend expected over the horizon if the
 *       customer keeps their observed rhythm. Tenure is floored at 90 days so that a customer seen
 *       once last week is not extrapolated to daily orders. Customer-level files have no tenure; a
 *       365-day history is assumed there.
 * </ul>
 */
public final class SimpleClv {
    public static final int TENURE_FLOOR_DAYS = 90;
    public static final int ASSUMED_HISTORY_DAYS = 365;

    private SimpleClv() {}

    public static double prototypeIndex(int frequency, double monetary) {
        return frequency * monetary;
    }

    public static double horizonValue(CustomerMetrics metrics, int c, int asOfDay, int horizonDays) {
        int tenure = metrics.hasDates() ? asOfDay - metrics.firstDay()[c] : ASSUMED_HISTORY_DAYS;
        return horizonValue(metrics.frequency()[c], metrics.monetary()[c], tenure, horizonDays);
    }

    /** As above for one customer's orders, total spend and tenure in days (first order to as-of). */
    public static double horizonValue(int frequency, double monetary, int tenureDays, int horizonDays) {
        if (frequency == 0) {
            return 0;
        }
        double averageOrderValue = monetary / frequency;
        double rate = (double) frequency / Math.max(tenureDays, TENURE_FLOOR_DAYS);
        return averageOrderValue * rate * horizonDays;
    }
}
