package io.segbot.report;

import io.segbot.segmentation.RunRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Customers binned by CLV at fixed, readable edges ($0–25, 25–50, 50–100, … 5k+): spend is long
 * tailed, so widening bins show the shape where equal-width bins would put almost everyone in the
 * first one.
 */
record ClvHistogram(List<String> bins, List<Integer> counts, double median, double total) {
    static final double[] EDGES = {25, 50, 100, 250, 500, 1_000, 2_500, 5_000};

    static ClvHistogram of(RunRepository runs, long runId, boolean predicted) {
        int[] counts = new int[EDGES.length + 1];
        Values values = new Values();
        runs.forEachCustomer(runId, null, null, c -> {
            double value = predicted && c.predictedClv() != null ? c.predictedClv() : c.clvHorizon();
            int bin = 0;
            while (bin < EDGES.length && value >= EDGES[bin]) {
                bin++;
            }
            counts[bin]++;
            values.add(value);
        });
        double[] sorted = values.sorted();
        double median = sorted.length == 0
                ? 0
                : sorted.length % 2 == 1
                        ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        return new ClvHistogram(labels(), Arrays.stream(counts).boxed().toList(), median, values.total);
    }

    static List<String> labels() {
        List<String> labels = new ArrayList<>();
        double from = 0;
        for (double edge : EDGES) {
            labels.add(short$(from) + "–" + short$(edge));
            from = edge;
        }
        labels.add(short$(from) + "+");
        return labels;
    }

    private static String short$(double value) {
        return value >= 1_000
                ? "$" + Formats.decimal(value / 1_000, value % 1_000 == 0 ? 0 : 1) + "k"
                : "$" + (int) value;
    }

    /** A growable array of doubles. */
    private static final class Values {
        private double[] data = new double[1024];
        private int size;
        private double total;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
            total += value;
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(data, size);
            Arrays.sort(out);
            return out;
        }
    }
}
