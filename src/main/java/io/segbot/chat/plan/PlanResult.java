package io.segbot.chat.plan;

import java.util.List;
import java.util.Objects;

/**
 * What a plan computed. Figures are plain numbers here; the chat layer writes each as a typed
 * fact, so the grounding check covers every one.
 *
 * @param total the population over the window (for one customer: that customer)
 * @param versus the comparison's second tally, or null
 * @param groups the breakdown, in display order; empty without one
 * @param rows a customer list, best first; empty unless the plan is a LIST
 * @param listed how many customers matched before the list was cut to the limit
 * @param distribution the median / percentile / top-share value, or NaN
 * @param unavailable why the figure cannot be computed from this run ("no fitted model"), or null
 * @param base for a count of customers in a churn band: the customers of the same population in
 *     every band (so the answer gives the share too), else -1
 */
public record PlanResult(
        QuestionPlan plan,
        Tally total,
        Tally versus,
        List<Group> groups,
        List<Row> rows,
        long listed,
        double distribution,
        String unavailable,
        long base) {

    /** One group of a breakdown: "Champions", "cluster 2", "2025-10", "2025-Q4". */
    public record Group(String key, Tally tally) {
        public Group {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(tally, "tally");
        }
    }

    /** One customer of a list, with the value it was ranked by. */
    public record Row(String customerId, double value, double spend, long orders) {}

    public PlanResult {
        Objects.requireNonNull(plan, "plan");
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
    }

    /** A result without a churn-band base. */
    public PlanResult(
            QuestionPlan plan,
            Tally total,
            Tally versus,
            List<Group> groups,
            List<Row> rows,
            long listed,
            double distribution,
            String unavailable) {
        this(plan, total, versus, groups, rows, listed, distribution, unavailable, -1);
    }

    static PlanResult unavailable(QuestionPlan plan, String why) {
        return new PlanResult(plan, new Tally(), null, List.of(), List.of(), 0, Double.NaN, why);
    }
}
