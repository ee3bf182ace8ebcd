package io.segbot.mece;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a dimension's quantile bounds into numbers, once per run, from the universe's values. */
final class ThresholdResolver {
    private ThresholdResolver() {}

    /** @param values the universe's values of this dimension, NaN where missing (not modified) */
    static DimensionThresholds resolve(DimensionDefinition dimension, double[] values) {
        double[] present = new double[values.length];
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                present[count++] = value;
            }
        }
        Map<Double, Threshold> byLevel = new LinkedHashMap<>();
        List<ResolvedTier> tiers = new ArrayList<>();
        for (TierDefinition tier : dimension.tiers()) {
            double lower = bound(tier.from(), Double.NEGATIVE_INFINITY, dimension, present, count, byLevel);
            double upper = bound(tier.to(), Double.POSITIVE_INFINITY, dimension, present, count, byLevel);
            tiers.add(new ResolvedTier(tier.name(), lower, upper));
        }
        List<Threshold> thresholds = new ArrayList<>(byLevel.values());
        thresholds.sort((a, b) -> Double.compare(b.quantile(), a.quantile()));
        return new DimensionThresholds(
                dimension.name(), dimension.source().key(), dimension.roundDigits(), count, thresholds, tiers);
    }

    private static double bound(
            TierBound bound,
            double open,
            DimensionDefinition dimension,
            double[] present,
            int count,
            Map<Double, Threshold> byLevel) {
        if (bound == null) {
            return open;
        }
        if (!bound.quantile()) {
            return bound.number();
        }
        return byLevel.computeIfAbsent(bound.number(), level -> {
                    double raw = Quantiles.type7Select(present, count, level);
                    return new Threshold(level, raw, Quantiles.round(raw, dimension.roundDigits()));
                })
                .value();
    }
}
