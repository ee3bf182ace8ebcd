package io.segbot.analytics;

/** A customer's churn-risk band. */
public enum ChurnRisk {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    ChurnRisk(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ChurnRisk fromLabel(String label) {
        for (ChurnRisk risk : values()) {
            if (risk.label.equalsIgnoreCase(label)) {
                return risk;
            }
        }
        throw new IllegalArgumentException("unknown churn risk '" + label + "', expected Low, Medium or High");
    }

    /**
     * Bands from a BG/NBD probability of being alive (Fader, Hardie &amp; Lee 2005): Low at or above
     * 0.7, High below 0.3, Medium between.
     */
    public static ChurnRisk fromProbabilityAlive(double pAlive) {
        return pAlive >= 0.7 ? LOW : pAlive >= 0.3 ? MEDIUM : HIGH;
    }
}
