package io.segbot.chat.plan;

/**
 * How a distribution is summed up: a total, an average, the median or a percentile (type 7
 * interpolation, as in NumPy and R, like the RFM quintile edges).
 *
 * @param percentile 1-99 for {@link Kind#PERCENTILE}, 50 for MEDIAN, else 0
 */
public record Stat(Kind kind, int percentile) {
    public enum Kind {
        TOTAL,
        AVERAGE,
        MEDIAN,
        PERCENTILE
    }

    public static final Stat TOTAL = new Stat(Kind.TOTAL, 0);
    public static final Stat AVERAGE = new Stat(Kind.AVERAGE, 0);
    public static final Stat MEDIAN = new Stat(Kind.MEDIAN, 50);

    public Stat {
        java.util.Objects.requireNonNull(kind, "kind");
        boolean ranked = kind == Kind.PERCENTILE || kind == Kind.MEDIAN;
        if (ranked ? percentile < 1 || percentile > 99 : percentile != 0) {
            throw new IllegalArgumentException("percentile " + percentile + " does not fit a " + kind);
        }
        if (kind == Kind.MEDIAN && percentile != 50) {
            throw new IllegalArgumentException("the median is the 50th percentile, got " + percentile);
        }
    }

    public static Stat percentile(int p) {
        return p == 50 ? MEDIAN : new Stat(Kind.PERCENTILE, p);
    }

    /** {@code total}, {@code average}, {@code median} or {@code p90}. */
    public String key() {
        return kind == Kind.PERCENTILE ? "p" + percentile : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
