package io.segbot.chat.plan;

import java.util.Arrays;

/**
 * Order statistics of collected values without sorting them all: quickselect (Hoare 1961) with a
 * median-of-three pivot, expected O(n). A median over the orders of a year at a million customers
 * is millions of values; sorting them took most of a question's time.
 */
final class Ranks {
    private static final int SORT_BELOW = 4_096;

    private Ranks() {}

    /** Type 7 quantile (NumPy's default) of the first {@code n} values: {@code h = (n - 1) p}, linear between neighbours. */
    static double quantile(double[] values, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] work = Arrays.copyOf(values, n);
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        double below = select(work, n, lo);
        double above = lo + 1 < n ? min(work, lo + 1, n) : below;
        return below + (h - lo) * (above - below);
    }

    /** The sum of the {@code k} largest of the first {@code n} values. */
    static double topSum(double[] values, int n, int k) {
        if (k <= 0) {
            return 0;
        }
        double[] work = Arrays.copyOf(values, n);
        if (k < n) {
            select(work, n, n - k);
        }
        double sum = 0;
        for (int i = Math.max(0, n - k); i < n; i++) {
            sum += work[i];
        }
        return sum;
    }

    /**
     * Moves the k-th smallest (0-based) of {@code a[0..n)} to {@code a[k]}, smaller or equal values
     * before it and larger or equal after, and returns it.
     */
    static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi - lo >= SORT_BELOW) {
            int mid = (lo + hi) >>> 1;
            double pivot = medianOf3(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = a[i];
                    a[i++] = a[j];
                    a[j--] = swap;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k]; // between j and i: every value there equals the pivot
            }
        }
        Arrays.sort(a, lo, hi + 1);
        return a[k];
    }

    private static double min(double[] a, int from, int to) {
        double min = a[from];
        for (int i = from + 1; i < to; i++) {
            min = Math.min(min, a[i]);
        }
        return min;
    }

    private static double medianOf3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
