package io.segbot.mece;

/**
 * One end of a tier's interval: either a quantile level of the universe's values (resolved once per
 * run) or an absolute value.
 *
 * @param quantile true for a quantile level in [0, 1], false for an absolute value
 * @param number the level or the value, finite
 */
public record TierBound(boolean quantile, double number) {
    public TierBound {
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException("bound must be finite, got " + number);
        }
        if (quantile && !(number >= 0 && number <= 1)) {
            throw new IllegalArgumentException("quantile must be within [0, 1], got " + number);
        }
    }

    public static TierBound quantile(double level) {
        return new TierBound(true, level);
    }

    public static TierBound value(double value) {
        return new TierBound(false, value);
    }

    @Override
    public String toString() {
        return quantile ? "q" + number : Double.toString(number);
    }
}
