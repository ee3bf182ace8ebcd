package io.segbot.mece;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a dimension is computed from: an input column, or a field derived from the as-of date. A
 * missing input (or a last order after the as-of date, which was unknown then) is missing here too.
 */
public enum Source {
    AVG_ORDER_VALUE("avg_order_value"),
    SESSIONS_LAST_30D("sessions_last_30d"),
    NUM_CART_ITEMS("num_cart_items"),
    ENGAGEMENT_SCORE("engagement_score"),
    PROFITABILITY_SCORE("profitability_score"),
    /** as-of date − last_order_date, in days; missing without a last order. */
    DAYS_SINCE_LAST_ORDER("days_since_last_order"),
    /** as-of date − cart_abandoned_date, in days (0 on the as-of date itself). */
    DAYS_SINCE_ABANDONMENT("days_since_abandonment");

    private final String key;

    Source(String key) {
        this.key = key;
    }

    /** The name used in mece.yaml. */
    public String key() {
        return key;
    }

    public static Source parse(String key) {
        for (Source source : values()) {
            if (source.key.equals(key)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source '" + key + "', expected one of " + keys());
    }

    static String keys() {
        return Arrays.stream(values()).map(Source::key).collect(Collectors.joining(", "));
    }
}
