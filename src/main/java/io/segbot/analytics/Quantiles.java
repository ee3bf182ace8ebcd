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

    /** Edges at the given probabilities, computed on a copy of {@code values}. */
    public static double[] edges(double[] values, double... probabilities) {
        return edgesInPlace(values.clone(), probabilities);
    }

    /**
     * As {@link #edges}, reordering {@code values} (a scratch array) instead of copying it. Only the
     * order statistics the edges read are put in place (quickselect, Hoare 1961, for all of them in
     * one recursion), which gives exactly a full sort's values at those positions; an array with NaN
     * or -0.0, whose order only a sort defines, is sorted.
     */
    static double[] edgesInPlace(double[] values, double... probabilities) {
        if (values.length == 0 || !plainNumbers(values)) {
            Arrays.sort(values);
        } else {
            int[] positions = positions(values.length, probabilities);
            select(values, 0, values.length - 1, positions, 0, positions.length);
        }
        double[] edges = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            edges[i] = ofSorted(values, probabilities[i]);
        }
        return edges;
    }

    /**
     * Edges of whole numbers (days, counts): from a histogram when their range is at most a few times
     * their number, the same values {@link #edges} gives for them as doubles.
     */
    public static double[] edges(int[] values, double... probabilities) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quantile of an empty array is undefined");
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if ((long) max - min > 4L * values.length + 1024) {
            double[] copy = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                copy[i] = values[i];
            }
            return edgesInPlace(copy, probabilities);
        }
        int[] count = new int[max - min + 1];
        for (int value : values) {
            count[value - min]++;
        }
        double[] edges = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            Position at = position(values.length, probabilities[i]);
            int lo = (int) at.lower();
            edges[i] = at.fraction() == 0
                    ? min + rank(count, lo)
                    : at.between(min + rank(count, lo), min + rank(count, lo + 1));
        }
        return edges;
    }

    /** The histogram bucket holding the k-th smallest value (0-based). */
    private static int rank(int[] count, int k) {
        int below = 0;
        for (int bucket = 0; ; bucket++) {
            below += count[bucket];
            if (below > k) {
                return bucket;
            }
        }
    }

    private static boolean plainNumbers(double[] values) {
        for (double value : values) {
            if (value != value || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) {
                return false; // NaN, or -0.0
            }
        }
        return true;
    }

    /** The sorted, distinct order-statistic positions that the quantiles at {@code probabilities} read. */
    private static int[] positions(int n, double[] probabilities) {
        int[] positions = new int[2 * probabilities.length];
        int count = 0;
        for (double p : probabilities) {
            Position at = position(n, p);
            positions[count++] = (int) at.lower();
            if (at.fraction() != 0) {
                positions[count++] = (int) at.lower() + 1;
            }
        }
        return Arrays.stream(positions, 0, count).sorted().distinct().toArray();
    }

    /**
     * Puts the order statistic of each of {@code positions[from..to)} (sorted) at its index in
     * {@code values[left..right]}, partitioning around a pivot and recursing only into the sides that
     * hold a wanted position; past a depth budget (a pathological input) a range is sorted.
     */
    /**
     * Puts the k-th smallest of {@code values[0..count)} at index k, no larger values before it and
     * no smaller after (quickselect; the values must hold no NaN).
     */
    public static void select(double[] values, int count, int k) {
        if (k < 0 || k >= count) {
            throw new IllegalArgumentException("k must be within 0.." + (count - 1) + ", got " + k);
        }
        select(values, 0, count - 1, new int[] {k}, 0, 1);
    }

    private static void select(double[] values, int left, int right, int[] positions, int from, int to) {
        select(values, left, right, positions, from, to, 2 * (32 - Integer.numberOfLeadingZeros(right - left + 1)) + 8);
    }

    private static void select(double[] values, int left, int right, int[] positions, int from, int to, int budget) {
        while (from < to && right > left) {
            if (budget-- == 0) {
                Arrays.sort(values, left, right + 1);
                return;
            }
            double pivot = medianOfThree(values[left], values[(left + right) >>> 1], values[right]);
            int i = left;
            int j = right;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            // now values[left..j] <= pivot, values[i..right] >= pivot, and anything between equals it
            int low = from;
            while (low < to && positions[low] <= j) {
                low++;
            }
            int high = low;
            while (high < to && positions[high] < i) {
                high++;
            }
            select(values, i, right, positions, high, to, budget);
            right = j;
            to = low;
        }
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
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
