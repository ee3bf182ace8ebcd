package io.segbot.analytics.clv;

/**
 * Discounted customer lifetime value over a horizon, the approach of lifetimes'
 * {@code customer_lifetime_value} (after Fader, Hardie &amp; Lee 2005b, "RFM and CLV"): split the
 * horizon into monthly steps t_1 &lt; … &lt; t_m, and sum the purchases expected in each step,
 * E[Y(t_k)] − E[Y(t_{k−1})], times the expected spend per purchase, discounted to today:
 *
 * <pre>CLV = spend · Σ_k (E[Y(t_k)] − E[Y(t_{k−1})]) / (1 + yearlyRate)^(t_k / 1 year)</pre>
 *
 * <p>Choices, documented: the discount is compounded yearly and applied at the end of each step
 * (lifetimes takes a monthly rate instead; (1+y)^(1/12) − 1 is the equivalent monthly rate); a month
 * is 365/12 days and the horizon is rounded to whole months (at least one); the value is the margin
 * only if the spend is.
 *
 * @param horizonDays the horizon in days, e.g. 365
 * @param yearlyDiscountRate e.g. 0.10 for 10 % a year
 */
public record LifetimeValue(double horizonDays, double yearlyDiscountRate) {
    public static final LifetimeValue DEFAULT = new LifetimeValue(365, 0.10);
    private static final double DAYS_PER_YEAR = 365;

    public LifetimeValue {
        if (!(horizonDays > 0 && Double.isFinite(horizonDays))) {
            throw new IllegalArgumentException("horizon must be a positive number of days, got " + horizonDays);
        }
        if (!(yearlyDiscountRate > -1 && yearlyDiscountRate < 10)) {
            throw new IllegalArgumentException(
                    "yearly discount rate must be a fraction such as 0.10, got " + yearlyDiscountRate);
        }
    }

    /** Number of monthly steps: the horizon in months, rounded, at least one. */
    public int steps() {
        return Math.max(1, (int) Math.round(horizonDays * 12 / DAYS_PER_YEAR));
    }

    /**
     * Σ_k (E[Y(t_k)] − E[Y(t_{k−1})]) / (1+y)^(t_k/year): the purchases a customer is expected to make
     * over the horizon, each discounted to today. Multiply by expected spend for the CLV.
     *
     * @param unit the unit of t_x, T and the model's α
     */
    public double discountedPurchases(BgNbdModel model, int x, double tx, double age, PeriodUnit unit) {
        int steps = steps();
        double stepDays = horizonDays / steps;
        double previous = 0;
        double total = 0;
        for (int k = 1; k <= steps; k++) {
            double days = k * stepDays;
            double cumulative = model.expectedPurchases(unit.fromDays(days), x, tx, age);
            total += (cumulative - previous) / Math.pow(1 + yearlyDiscountRate, days / DAYS_PER_YEAR);
            previous = cumulative;
        }
        return total;
    }
}
