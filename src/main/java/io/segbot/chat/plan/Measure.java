package io.segbot.chat.plan;

import java.util.Locale;

/** What figure a plan asks for. The words that name each are in {@code PlanParser}. */
public enum Measure {
    CUSTOMERS,
    ORDERS,
    REVENUE,
    /** Average order value: revenue / orders. */
    AOV,
    REVENUE_PER_CUSTOMER,
    ORDERS_PER_CUSTOMER,
    /** The run's rule-based one-year CLV ({@code clv_1y}); average unless the plan says total. */
    CLV,
    /** BG/NBD + Gamma-Gamma predicted CLV, when the run fitted the model. */
    PREDICTED_CLV,
    /** Share of the population in a churn band ({@link QuestionPlan#band()}). */
    CHURN_SHARE,
    /** Share of customers with two or more orders (in the window, when there is one). */
    REPEAT_RATE,
    ONE_TIME_BUYERS,
    /** Mean days between consecutive orders of repeat buyers. */
    DAYS_BETWEEN_ORDERS,
    /** Share of revenue from the top N customers or the top X % ({@link QuestionPlan#top()}). */
    TOP_SHARE,
    /** Spend per customer as a distribution: median by default, or a percentile. */
    SPEND,
    /** Order value as a distribution: median by default, or a percentile. */
    ORDER_VALUE,
    LARGEST_ORDER,
    FIRST_ORDER,
    LAST_ORDER,
    /** Average BG/NBD probability of being active. */
    P_ALIVE,
    /** Average days since the last order. */
    RECENCY;

    /** The lower-case name used in canonical plans: {@code revenue_per_customer}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statistic a plan uses when the question names none. */
    Stat defaultStat() {
        return switch (this) {
            case SPEND, ORDER_VALUE -> Stat.MEDIAN;
            default -> Stat.AVERAGE;
        };
    }
}
