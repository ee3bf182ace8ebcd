package io.segbot.analytics.clv;

/**
 * A per-customer figure (predicted CLV, expected purchases) summed over one segment.
 *
 * @param segment the segment index
 * @param customers customers in the segment
 * @param sum the figure summed over them
 */
public record SegmentValue(int segment, int customers, double sum) {
    /** Mean per customer; NaN for an empty segment. */
    public double mean() {
        return customers == 0 ? Double.NaN : sum / customers;
    }

    /**
     * Sums {@code values} by {@code segmentOf} (both indexed by customer). Segment indexes must lie in
     * [0, segments); every segment is reported, empty ones with zero customers.
     */
    public static SegmentValue[] bySegment(int[] segmentOf, double[] values, int segments) {
        if (segmentOf.length != values.length) {
            throw new IllegalArgumentException("need one segment per customer: " + segmentOf.length + " segments for "
                    + values.length + " values");
        }
        int[] counts = new int[segments];
        double[] sums = new double[segments];
        for (int i = 0; i < values.length; i++) {
            int s = segmentOf[i];
            if (s < 0 || s >= segments) {
                throw new IllegalArgumentException(
                        "segment " + s + " of customer index " + i + " is outside [0, " + segments + ")");
            }
            counts[s]++;
            sums[s] += values[i];
        }
        SegmentValue[] out = new SegmentValue[segments];
        for (int s = 0; s < segments; s++) {
            out[s] = new SegmentValue(s, counts[s], sums[s]);
        }
        return out;
    }
}
