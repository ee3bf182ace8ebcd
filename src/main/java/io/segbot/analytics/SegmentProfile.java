package io.segbot.analytics;

import java.util.List;
import java.util.Objects;

/**
 * What a segment looks like: size, value, behaviour and risk, plus what to do about it.
 *
 * @param family the {@link SegmentFamily#code()}: "rfm" for the named RFM segments, "cluster" for k-means segments
 * @param key the segment's id within its family: the RFM label, or the cluster number
 * @param avgClv mean of the horizon CLV ({@link SimpleClv#horizonValue})
 * @param avgClvIndex mean of the prototype's frequency × monetary index
 * @param avgPAlive mean BG/NBD probability of being alive, or null when no model was fitted
 * @param predictedClv total BG/NBD + Gamma-Gamma CLV over the horizon, or null likewise
 */
public record SegmentProfile(
        String family,
        String key,
        String label,
        int customers,
        double revenue,
        double revenueShare,
        double avgRecencyDays,
        double avgFrequency,
        double avgMonetary,
        double avgClv,
        double avgClvIndex,
        int churnLow,
        int churnMedium,
        int churnHigh,
        Double avgPAlive,
        Double predictedClv,
        List<String> recommendations) {
    public SegmentProfile {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (customers < 0 || churnLow + churnMedium + churnHigh != customers) {
            throw new IllegalArgumentException("churn mix " + churnLow + "/" + churnMedium + "/" + churnHigh
                    + " must add up to the " + customers + " customers of segment " + label);
        }
        recommendations = List.copyOf(recommendations);
    }

    /** Share of the segment's customers in the high churn band, 0 for an empty segment. */
    public double highChurnShare() {
        return customers == 0 ? 0 : (double) churnHigh / customers;
    }

    public double revenuePerCustomer() {
        return customers == 0 ? 0 : revenue / customers;
    }

    public SegmentProfile withRecommendations(List<String> actions) {
        return new SegmentProfile(
                family,
                key,
                label,
                customers,
                revenue,
                revenueShare,
                avgRecencyDays,
                avgFrequency,
                avgMonetary,
                avgClv,
                avgClvIndex,
                churnLow,
                churnMedium,
                churnHigh,
                avgPAlive,
                predictedClv,
                actions);
    }
}
