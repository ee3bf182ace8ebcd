package io.segbot.report;

import io.segbot.analytics.Quantiles;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * The CLV distribution as a histogram of 20 equal-width bins plus one overflow bin. CLV is long
 * tailed, so the bins span 0 to the 99th percentile rounded up to a 1-2-2.5-5 step, and the rest
 * (at most 1 % of customers) is counted in the last bar, "≥ top", instead of flattening the chart.
 */
final class ClvHistogram {
    static final int BINS = 20;
    private static final Color BAR = new Color(0x4e79a7);

    private ClvHistogram() {}

    /** Bin counts: {@code BINS} bins of {@code width} from 0, then the overflow bin. */
    record Bins(double width, long[] counts) {
        String label(int bin) {
            return bin == BINS ? "≥" + dollars(width * BINS) : dollars(width * bin);
        }

        /** Whole dollars when the bins are at least a dollar wide: "$0", "$1,500". */
        private String dollars(double value) {
            return width >= 1 ? String.format(java.util.Locale.US, "$%,.0f", value) : Formats.money(value);
        }
    }

    static Bins bins(double[] values) {
        long[] counts = new long[BINS + 1];
        if (values.length == 0) {
            return new Bins(1, counts);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double top = Math.max(Quantiles.ofSorted(sorted, 0.99), 1e-9);
        double width = niceStep(top / BINS);
        for (double value : values) {
            int bin = (int) Math.floor(Math.max(0, value) / width);
            counts[Math.min(bin, BINS)]++;
        }
        return new Bins(width, counts);
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code x} (and at least 1 cent). */
    static double niceStep(double x) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(x, 0.01))));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= x - 1e-12 * power) {
                return Math.max(m * power, 0.01);
            }
        }
        throw new IllegalStateException("no step found for " + x);
    }

    static ChartImage chart(long runId, double[] values, String measure) {
        Bins bins = bins(values);
        String title = "Distribution of " + measure + " (run " + runId + ")";
        CategoryChart chart = Charts.category(title, measure + " in $ (lower edge of each bin)", "Customers (count)");
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int b = 0; b <= BINS; b++) {
            labels.add(bins.label(b));
            counts.add(bins.counts()[b]);
        }
        chart.addSeries("customers", labels, counts).setFillColor(BAR);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.95);
        List<String> described = new ArrayList<>();
        for (int b = 0; b <= BINS; b++) {
            described.add(bins.label(b) + ": " + Formats.count(bins.counts()[b]));
        }
        return Charts.encode(
                chart,
                "clv-distribution.png",
                title,
                "Histogram, " + title + ", bins of " + Formats.money(bins.width()) + ", customers per bin: "
                        + String.join(", ", described));
    }
}
