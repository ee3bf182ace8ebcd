package io.segbot.analytics;

import java.util.Arrays;

/**
 * Quantile helpers shared by the RFM scores and the value tiers.
 *
 * <p>Quantiles use linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7;
 * the default of R, NumPy and pandas), so edges match what an analyst gets in a spreadsheet.
 */
public final class Quantiles {
    private Quantiles() {}

    /** The type-7 quantile of already sorted values; {@code p} in [0, 1]. */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("quantile of an empty array is undefined");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be within [0, 1], got " + p);
        }
        // h = (n - 1) p in exact integer arithmetic on p in millionths, so that p = 0.6 with n = 12
        // lands on 6 + 6/10 exactly and a value equal to an edge is not pushed across it by rounding.
        long millionths = Math.round(p * 1_000_000);
        long h = (sorted.length - 1) * millionths;
        int lo = (int) (h / 1_000_000);
        double fraction = (h % 1_000_000) / 1_000_000.0;
        if (fraction == 0) {
            return sorted[lo];
        }
        return sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo]);
    }

    /** Edges at the given probabilities, computed on a sorted copy of {@code values}. */
    public static double[] edges(double[] values, double... probabilities) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] edges = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            edges[i] = ofSorted(sorted, probabilities[i]);
        }
        return edges;
    }

    /**
     * The 1-based bin of {@code value}: one plus the number of edges strictly below it. A value
     * equal to an edge therefore stays in the lower bin, so equal values always share a bin.
     */
    public static int bin(double value, double[] edges) {
        int bin = 1;
        for (double edge : edges) {
            if (value > edge) {
                bin++;
            }
        }
        return bin;
    }
}
