package io.segbot.analytics;

/** Value tiers by monetary quartile (type-7 quartile edges; a value on an edge stays below it). */
public enum ValueTier {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    PREMIUM("Premium");

    private static final ValueTier[] BY_BIN = values(); // values() copies its array on every call

    private final String label;

    ValueTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The probabilities of the three quartile edges. */
    public static final double[] QUARTILES = {0.25, 0.5, 0.75};

    /** The tier of one monetary value given the quartile edges. */
    public static ValueTier of(double monetary, double[] edges) {
        return BY_BIN[Quantiles.bin(monetary, edges) - 1];
    }

    public static ValueTier[] assign(double[] monetary) {
        ValueTier[] tiers = new ValueTier[monetary.length];
        if (monetary.length == 0) {
            return tiers;
        }
        double[] edges = Quantiles.edges(monetary, QUARTILES);
        for (int c = 0; c < monetary.length; c++) {
            tiers[c] = of(monetary[c], edges);
        }
        return tiers;
    }
}
