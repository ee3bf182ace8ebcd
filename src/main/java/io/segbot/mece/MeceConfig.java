package io.segbot.mece;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A validated MECE configuration (bot-config/mece.yaml). {@link #defaults()} is the prototype's:
 * AOV High ≥ q0.80 / Medium ≥ q0.40 / Low, rounded to 100; engagement and profitability High ≥ q0.60
 * / Low, rounded to 2 decimals.
 *
 * @param windowDays the universe is cart_abandoned_date in [asOf − (windowDays − 1), asOf], 1..366
 */
public record MeceConfig(
        int windowDays,
        List<DimensionDefinition> dimensions,
        ScoreWeights weights,
        SizeRules sizeRules,
        LiftModel liftModel) {
    /** Bounds the tier space (product of tier counts incl. Other) so the proof stays small. */
    static final int MAX_COMBINATIONS = 10_000;

    public MeceConfig {
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(sizeRules, "size_rules");
        Objects.requireNonNull(liftModel, "lift_model");
        if (windowDays < 1 || windowDays > 366) {
            throw new IllegalArgumentException("window_days must be within [1, 366], got " + windowDays);
        }
        if (dimensions.isEmpty()) {
            throw new IllegalArgumentException("at least one dimension is needed");
        }
        Set<String> columns = new HashSet<>();
        long combinations = 1;
        for (DimensionDefinition dimension : dimensions) {
            if (!columns.add(dimension.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("dimension '" + dimension.name() + "' appears twice");
            }
            combinations *= dimension.tierCount();
            if (combinations > MAX_COMBINATIONS) {
                throw new IllegalArgumentException("the dimensions make more than " + MAX_COMBINATIONS
                        + " tier combinations (incl. Other); use fewer dimensions or tiers");
            }
        }
    }

    public static MeceConfig defaults() {
        return new MeceConfig(
                7,
                List.of(
                        new DimensionDefinition(
                                "AOV",
                                Source.AVG_ORDER_VALUE,
                                -2,
                                List.of(
                                        new TierDefinition("High", TierBound.quantile(0.80), null),
                                        new TierDefinition(
                                                "Medium", TierBound.quantile(0.40), TierBound.quantile(0.80)),
                                        new TierDefinition("Low", null, TierBound.quantile(0.40)))),
                        highLow("Engagement", Source.ENGAGEMENT_SCORE),
                        highLow("Profitability", Source.PROFITABILITY_SCORE)),
                ScoreWeights.DEFAULT,
                SizeRules.DEFAULT,
                LiftModel.DEFAULT);
    }

    /** The same configuration with another window. */
    public MeceConfig withWindowDays(int days) {
        return new MeceConfig(days, dimensions, weights, sizeRules, liftModel);
    }

    /** The same configuration with other size rules. */
    public MeceConfig withSizeRules(SizeRules rules) {
        return new MeceConfig(windowDays, dimensions, weights, rules, liftModel);
    }

    private static DimensionDefinition highLow(String name, Source source) {
        return new DimensionDefinition(
                name,
                source,
                2,
                List.of(
                        new TierDefinition("High", TierBound.quantile(0.60), null),
                        new TierDefinition("Low", null, TierBound.quantile(0.60))));
    }
}
