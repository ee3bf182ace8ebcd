package io.segbot.chat.intent;

/**
 * Quantities a question can be about. The words that map to each are in {@link Lexicon}.
 * PROFITABILITY is what the user said ("most profitable"); for RFM segments the answer layer may
 * read it as revenue or monetary value, for MECE segments as the profitability score.
 */
public enum Metric {
    REVENUE,
    /** Number of customers: "size", "how many customers", "biggest". */
    CUSTOMERS,
    ORDERS,
    CLV,
    CHURN,
    /** Probability a customer is still alive (BG/NBD P(alive), Fader, Hardie and Lee 2005). */
    P_ALIVE,
    FREQUENCY,
    RECENCY,
    MONETARY,
    /** Average order value. */
    AOV,
    PROFITABILITY,
    ENGAGEMENT,
    CONVERSION_POTENTIAL,
    LIFT,
    OVERALL_SCORE
}
