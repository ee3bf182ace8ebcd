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
        Position at = position(sorted.length, p);
        int lo = (int) at.lower();
        return at.fraction() == 0 ? sorted[lo] : at.between(sorted[lo], sorted[lo + 1]);
    }

    /**
     * Where the type-7 quantile {@code p} of {@code n} sorted values lies: between the zero-based
     * order statistics {@code lower} and {@code lower + 1}, {@code fraction} of the way. A distributed
     * engine (segbot-spark) looks up those two order statistics and calls {@link #between}, so its
     * edges are this class's edges.
     */
    public record Position(long lower, double fraction) {
        /** The quantile given the order statistics at {@code lower} and {@code lower + 1}. */
        public double between(double atLower, double atUpper) {
            return fraction == 0 ? atLower : atLower + fraction * (atUpper - atLower);
        }
    }

    /** The position of the type-7 quantile {@code p} among {@code n >= 1} sorted values. */
    public static Position position(long n, double p) {
        if (n < 1) {
            throw new IllegalArgumentException("quantile of an empty array is undefined");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be within [0, 1], got " + p);
        }
        // h = (n - 1) p in exact integer arithmetic on p in millionths, so that p = 0.6 with n = 12
        // lands on 6 + 6/10 exactly and a value equal to an edge is not pushed across it by rounding.
        long millionths = Math.round(p * 1_000_000);
        long h = (n - 1) * millionths;
        return new Position(h / 1_000_000, (h % 1_000_000) / 1_000_000.0);
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
