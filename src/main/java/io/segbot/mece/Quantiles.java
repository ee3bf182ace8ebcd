package io.segbot.mece;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The quantile and rounding rules of a run's thresholds, written down once. */
final class Quantiles {
    private Quantiles() {}

    /**
     * Hyndman and Fan's type-7 sample quantile (the default of pandas, NumPy and R): with the n values
     * sorted ascending as x[0..n−1], h = (n − 1)·p and Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
     * R. J. Hyndman, Y. Fan, "Sample quantiles in statistical packages", Am. Stat. 50 (1996) 361–365.
     *
     * @param sorted ascending, no NaN; empty → NaN
     */
    static double type7(double[] sorted, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double h = (count - 1) * p;
        int low = (int) Math.floor(h);
        if (low >= count - 1) {
            return sorted[count - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    /**
     * The same type-7 quantile without sorting: selects the ⌊h⌋-th order statistic in place (Hoare's
     * FIND / quickselect, median-of-three pivot, falling back to a sort of the remaining range if the
     * partitioning degenerates; analytics' {@code Quantiles.select}) and takes the next one as the minimum of the part above it. O(n)
     * expected; reorders {@code values[0..count)}.
     */
    static double type7Select(double[] values, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        double h = (count - 1) * p;
        int low = (int) Math.floor(h);
        if (low >= count - 1) {
            select(values, count, count - 1);
            return values[count - 1];
        }
        select(values, count, low);
        double next = Double.POSITIVE_INFINITY;
        for (int i = low + 1; i < count; i++) {
            next = Math.min(next, values[i]);
        }
        return values[low] + (h - low) * (next - values[low]);
    }

    /** Puts the k-th smallest of values[0..count) at index k, smaller ones before, larger after. */
    private static void select(double[] values, int count, int k) {
        io.segbot.analytics.Quantiles.select(values, count, k);
    }

    /**
     * Python's {@code round(x, ndigits)}: the exact binary value of x rounded half to even at {@code
     * digits} decimals (negative digits round to tens, hundreds, …). The prototype rounded AOV
     * thresholds with ndigits −2 and score thresholds with 2.
     */
    static double round(double value, Integer digits) {
        if (digits == null || !Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
    }
}
