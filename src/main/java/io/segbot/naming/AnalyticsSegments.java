package io.segbot.naming;

import io.segbot.analytics.RfmSegment;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns analytics segments into segments to name. An RFM segment's rule is its rectangle of the
 * RFM map over recency and frequency scores (read off {@link RfmSegment#of}, so it cannot drift
 * from the map), e.g. Champions is {@code R_5 & F_4-5}. A k-means cluster's rule describes its
 * centroid in the original units; its tiers compare the cluster's means with the run's.
 */
public final class AnalyticsSegments {
    /** A cluster mean at least 25 % above the run's is high, at least 20 % below is low: a plain, stated heuristic. */
    static final double HIGH_RATIO = 1.25;

    static final double LOW_RATIO = 0.80;

    private AnalyticsSegments() {}

    /** The segment to name for an RFM segment, with {@code profile} numbers shown to the jury as data. */
    public static SegmentToName rfm(RfmSegment segment, Map<String, Double> profile) {
        TreeSet<Integer> recency = new TreeSet<>();
        TreeSet<Integer> frequency = new TreeSet<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                if (RfmSegment.of(r, f) == segment) {
                    recency.add(r);
                    frequency.add(f);
                }
            }
        }
        Map<String, String> tiers = new LinkedHashMap<>();
        tiers.put("R", range(recency));
        tiers.put("F", range(frequency));
        String rule = "R_" + tiers.get("R") + " & F_" + tiers.get("F");
        return new SegmentToName("rfm:" + segment.label(), rule, tiers, profile);
    }

    /**
     * The segment to name for k-means cluster {@code key}: tiers Monetary, Frequency, Recency (in
     * that order: value tier, attribute, quality) from the ratio of the cluster's mean to the
     * run's mean; recency in days is inverted (fewer days since the last order is high recency).
     */
    public static SegmentToName cluster(String key, Centroid centroid, Centroid runMean, Map<String, Double> profile) {
        Map<String, String> tiers = new LinkedHashMap<>();
        tiers.put("Monetary", tier(ratio(centroid.monetary(), runMean.monetary())));
        tiers.put("Frequency", tier(ratio(centroid.frequency(), runMean.frequency())));
        // one day added to both so that a cluster of same-day buyers (mean 0 days) stays defined
        tiers.put("Recency", tier(ratio(runMean.recencyDays() + 1, centroid.recencyDays() + 1)));
        String rule = String.format(
                Locale.ROOT,
                "k-means cluster %s: mean recency %.1f days, frequency %.2f, monetary %.2f",
                key,
                centroid.recencyDays(),
                centroid.frequency(),
                centroid.monetary());
        return new SegmentToName("cluster:" + key, rule, tiers, profile);
    }

    /** Mean recency in days, orders and spend of a cluster or of the whole run. */
    public record Centroid(double recencyDays, double frequency, double monetary) {
        public Centroid {
            if (!(recencyDays >= 0
                    && Double.isFinite(recencyDays)
                    && Double.isFinite(frequency)
                    && Double.isFinite(monetary))) {
                throw new IllegalArgumentException("centroid means must be finite and recency >= 0, got recency "
                        + recencyDays
                        + ", frequency " + frequency + ", monetary " + monetary);
            }
        }
    }

    /** a / b, or 1 (no difference) when the run's mean is not positive. */
    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 1.0;
    }

    private static String tier(double ratio) {
        return ratio >= HIGH_RATIO ? "High" : ratio <= LOW_RATIO ? "Low" : "Medium";
    }

    private static String range(TreeSet<Integer> scores) {
        return scores.first().equals(scores.last()) ? scores.first().toString() : scores.first() + "-" + scores.last();
    }
}
