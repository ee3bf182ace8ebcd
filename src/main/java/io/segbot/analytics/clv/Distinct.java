package io.segbot.analytics.clv;

import java.util.Arrays;

/** Distinct sorted values of a column and each row's index into them. */
record Distinct(double[] values, int[] index) {
    static Distinct of(double[] column) {
        double[] sorted = column.clone();
        Arrays.parallelSort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || Double.compare(sorted[i], sorted[n - 1]) != 0) {
                sorted[n++] = sorted[i];
            }
        }
        double[] values = Arrays.copyOf(sorted, n);
        int[] index = new int[column.length];
        for (int i = 0; i < column.length; i++) {
            index[i] = Arrays.binarySearch(values, column[i]);
        }
        return new Distinct(values, index);
    }

    static Distinct of(int[] column) {
        double[] asDouble = new double[column.length];
        for (int i = 0; i < column.length; i++) {
            asDouble[i] = column[i];
        }
        return of(asDouble);
    }
}
