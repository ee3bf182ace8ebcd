package io.segbot.mece;

import java.util.List;

/**
 * What one dimension meant in one run: its thresholds and the tiers they produced (the {@code Other}
 * tier for missing values is implicit and always last).
 *
 * @param nonMissing universe users with a value for this dimension
 */
public record DimensionThresholds(
        String dimension,
        String source,
        Integer roundDigits,
        int nonMissing,
        List<Threshold> thresholds,
        List<ResolvedTier> tiers) {
    public DimensionThresholds {
        thresholds = List.copyOf(thresholds);
        tiers = List.copyOf(tiers);
    }
}
