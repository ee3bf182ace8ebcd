package io.segbot.chat.intent;

/**
 * Quantities a question can be about. The words that map to each are in {@link Lexicon}.
 * PROFITABILITY is what the user said ("most profitable"); for RFM segments the answer layer may
 * read it as revenue or monetary value, for MECE segments as the profitability score.
 */
public enum Metric {
    REVENUE("REVENUE"),
    /** Number of customers: "size", "how many customers", "biggest". */
    CUSTOMERS("CUSTOMERS"),
    ORDERS("ORDERS"),
    CLV("CLV"),
    CHURN("CHURN"),
    /** Probability a customer is still alive (BG/NBD P(alive), Fader, Hardie and Lee 2005). */
    P_ALIVE("P_ALIVE"),
    FREQUENCY("FREQUENCY"),
    RECENCY("RECENCY"),
    MONETARY("MONETARY"),
    /** Average order value. */
    AOV("AOV"),
    PROFITABILITY("PROFITABILITY"),
    ENGAGEMENT("ENGAGEMENT"),
    CONVERSION_POTENTIAL("CONVERSION_POTENTIAL"),
    LIFT("LIFT"),
    OVERALL_SCORE("OVERALL_SCORE");

    private final String code;

    Metric(String code) {
        this.code = code;
    }

    /**
     * The code stored with a conversation's turns: fixed when the constant was added (today's
     * name), never changed, so a renamed constant keeps reading the turns stored before.
     */
    public String code() {
        return code;
    }

    /** The constant a stored code names; null for a code no constant has any more. */
    public static Metric fromCode(String stored) {
        for (Metric value : values()) {
            if (value.code.equals(stored)) {
                return value;
            }
        }
        return null;
    }
}
