package io.segbot.analytics.clv;

/**
 * Churn risk from the BG/NBD probability that a customer is still active: LOW when P(alive) ≥ 0.7,
 * MEDIUM when 0.3 ≤ P(alive) &lt; 0.7, HIGH when P(alive) &lt; 0.3. The cut-offs are segbot's
 * convention (thirds would be arbitrary too); they read as "probably still buying", "uncertain",
 * "probably gone".
 */
public enum ChurnBand {
    LOW,
    MEDIUM,
    HIGH;

    public static final double LOW_RISK_FROM = 0.7;
    public static final double HIGH_RISK_BELOW = 0.3;

    public static ChurnBand fromProbabilityAlive(double pAlive) {
        if (!(pAlive >= 0 && pAlive <= 1)) {
            throw new IllegalArgumentException("P(alive) must be within [0, 1], got " + pAlive);
        }
        if (pAlive >= LOW_RISK_FROM) {
            return LOW;
        }
        return pAlive >= HIGH_RISK_BELOW ? MEDIUM : HIGH;
    }
}
