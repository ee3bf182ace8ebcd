package io.segbot.mece;

/**
 * Segment size bounds. A bucket with fewer than {@code minSize} or more than {@code maxSize} users is
 * folded into {@code Catch_All_Other}. A null bound means "auto": min = max(1, ⌈autoMinShare ·
 * universe⌉), max = max(min, ⌊autoMaxShare · universe⌋); the defaults 2 % and 50 % keep every
 * prototype bucket (the smallest expected one, AOV_High·Eng_High·Profit_High, holds 0.2·0.4·0.4 =
 * 3.2 % of the universe) and fold only slivers too small for their own campaign.
 */
public record SizeRules(Integer minSize, Integer maxSize, double autoMinShare, double autoMaxShare) {
    public static final SizeRules DEFAULT = new SizeRules(null, null, 0.02, 0.50);

    public SizeRules {
        if (minSize != null && minSize < 0) {
            throw new IllegalArgumentException("min_size must be ≥ 0, got " + minSize);
        }
        if (maxSize != null && maxSize < 0) {
            throw new IllegalArgumentException("max_size must be ≥ 0, got " + maxSize);
        }
        if (minSize != null && maxSize != null && minSize > maxSize) {
            throw new IllegalArgumentException("min_size (" + minSize + ") must not exceed max_size (" + maxSize + ")");
        }
        if (!(autoMinShare >= 0 && autoMinShare <= 1)) {
            throw new IllegalArgumentException("auto_min_share must be within [0, 1], got " + autoMinShare);
        }
        if (!(autoMaxShare > 0 && autoMaxShare <= 1)) {
            throw new IllegalArgumentException("auto_max_share must be within (0, 1], got " + autoMaxShare);
        }
    }

    /** These rules with the given explicit bounds (null keeps the current one). */
    public SizeRules withBounds(Integer min, Integer max) {
        return new SizeRules(min == null ? minSize : min, max == null ? maxSize : max, autoMinShare, autoMaxShare);
    }

    int resolveMin(int universe) {
        return minSize != null ? minSize : Math.max(1, (int) Math.ceil(autoMinShare * universe));
    }

    int resolveMax(int universe, int resolvedMin) {
        return maxSize != null ? maxSize : Math.max(resolvedMin, (int) Math.floor(autoMaxShare * universe));
    }

    String describeMin() {
        return minSize != null ? "given" : "auto: max(1, ceil(" + autoMinShare + " x universe))";
    }

    String describeMax() {
        return maxSize != null ? "given" : "auto: max(min, floor(" + autoMaxShare + " x universe))";
    }
}
