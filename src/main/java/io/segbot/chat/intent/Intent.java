package io.segbot.chat.intent;

/**
 * What a chat message asks for. The intent is the shape of the question; which segments, metrics
 * and families it is about are {@link Entities}. The labelling guide that decides borderline cases
 * is the header of {@code src/test/resources/bench/intent-eval.tsv}.
 */
public enum Intent {
    /** All segments at once: list, summary, breakdown. */
    SEGMENT_OVERVIEW("SEGMENT_OVERVIEW"),
    /** A segment (or an ordered list) picked by a criterion: most profitable, largest, worst churn. */
    RANKING("RANKING"),
    /** Two or more segments set against each other. */
    COMPARISON("COMPARISON"),
    /** One segment described, or one metric of one named segment. */
    SEGMENT_DETAIL("SEGMENT_DETAIL"),
    /** Churn, attrition, probability alive, who is leaving, overall or for one segment. */
    CHURN_ANALYSIS("CHURN_ANALYSIS"),
    /** Campaigns, offers, win-back and other actions. */
    MARKETING_STRATEGY("MARKETING_STRATEGY"),
    /** Why customers behave as they do, how often they buy, what they share. */
    CUSTOMER_BEHAVIOUR("CUSTOMER_BEHAVIOUR"),
    /** Business-wide totals and averages: revenue, CLV, customer counts, order value. */
    BUSINESS_METRICS("BUSINESS_METRICS"),
    /** The cart-abandonment (MECE) analysis as a whole: abandoners, scores, targeting, proof. */
    CART_ABANDONMENT("CART_ABANDONMENT"),
    /** One customer by id. */
    CUSTOMER_LOOKUP("CUSTOMER_LOOKUP"),
    /** As-of date, last run, age of the numbers. */
    DATA_FRESHNESS("DATA_FRESHNESS"),
    /** What segbot can do, how to use it, greetings. */
    HELP("HELP"),
    /** A file or list of customers or segments; the platform layer decides who may have it. */
    EXPORT("EXPORT"),
    /** Clear this conversation's memory. */
    FORGET("FORGET"),
    /** Only meaningful with the previous turn ("what about segment 2?", "why?"): inherit its intent. */
    FOLLOW_UP("FOLLOW_UP"),
    /** Anything segbot cannot answer, and unclear messages. */
    OUT_OF_SCOPE("OUT_OF_SCOPE");

    private final String code;

    Intent(String code) {
        this.code = code;
    }

    /**
     * The code stored with a conversation's turns: fixed when the constant was added (today's
     * name), never changed, so a renamed constant keeps reading the turns stored before.
     */
    public String code() {
        return code;
    }

    /** The constant a stored code names; {@link #OUT_OF_SCOPE} for a code no constant has any more (a follow-up to that turn is then out of scope, not a crash). */
    public static Intent fromCode(String stored) {
        for (Intent value : values()) {
            if (value.code.equals(stored)) {
                return value;
            }
        }
        return OUT_OF_SCOPE;
    }
}
