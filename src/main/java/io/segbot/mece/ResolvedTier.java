package io.segbot.mece;

/**
 * A tier with numbers: the values v with lower ≤ v < upper (±∞ for open ends; NaN when a quantile
 * bound could not be resolved because the dimension has no values, so the tier holds nothing).
 */
public record ResolvedTier(String name, double lower, double upper) {
    boolean contains(double value) {
        return value >= lower && value < upper;
    }

    /** The rule text's interval, e.g. {@code [5400, 13000)}. */
    public String interval() {
        return "[" + text(lower) + ", " + text(upper) + ")";
    }

    private static String text(double bound) {
        if (bound == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (bound == Double.POSITIVE_INFINITY) {
            return "+inf";
        }
        return bound == Math.rint(bound) && Math.abs(bound) < 1e15
                ? Long.toString((long) bound)
                : Double.toString(bound);
    }
}
