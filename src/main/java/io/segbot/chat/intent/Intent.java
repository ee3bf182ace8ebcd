package io.segbot.chat.intent;

/**
 * What a chat message asks for. The intent is the shape of the question; which segments, metrics
 * and families it is about are {@link Entities}. The labelling guide that decides borderline cases
 * is the header of {@code src/main/resources/bench/intent-eval.tsv}.
 */
public enum Intent {
    /** All segments at once: list, summary, breakdown. */
    SEGMENT_OVERVIEW,
    /** A segment (or an ordered list) picked by a criterion: most profitable, largest, worst churn. */
    RANKING,
    /** Two or more segments set against each other. */
    COMPARISON,
    /** One segment described, or one metric of one named segment. */
    SEGMENT_DETAIL,
    /** Churn, attrition, probability alive, who is leaving, overall or for one segment. */
    CHURN_ANALYSIS,
    /** Campaigns, offers, win-back and other actions. */
    MARKETING_STRATEGY,
    /** Why customers behave as they do, how often they buy, what they share. */
    CUSTOMER_BEHAVIOUR,
    /** Business-wide totals and averages: revenue, CLV, customer counts, order value. */
    BUSINESS_METRICS,
    /** The cart-abandonment (MECE) analysis as a whole: abandoners, scores, targeting, proof. */
    CART_ABANDONMENT,
    /** One customer by id. */
    CUSTOMER_LOOKUP,
    /** As-of date, last run, age of the numbers. */
    DATA_FRESHNESS,
    /** What segbot can do, how to use it, greetings. */
    HELP,
    /** A file or list of customers or segments; the platform layer decides who may have it. */
    EXPORT,
    /** Clear this conversation's memory. */
    FORGET,
    /** Only meaningful with the previous turn ("what about segment 2?", "why?"): inherit its intent. */
    FOLLOW_UP,
    /** Anything segbot cannot answer, and unclear messages. */
    OUT_OF_SCOPE
}
