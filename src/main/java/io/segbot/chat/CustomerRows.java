package io.segbot.chat;

import io.segbot.chat.plan.PlanResult;
import io.segbot.chat.plan.QuestionPlan;

/** A customer list answer: ids with their figures, at most {@link PlanAnswers#MAX_ROWS} rows. */
final class CustomerRows {
    private CustomerRows() {}

    static Draft list(Draft d, PlanResult result, RunSnapshot run) {
        QuestionPlan plan = result.plan();
        QuestionPlan.ListSpec spec = plan.list();
        d.say(spec.ascending() ? "Bottom " : "Top ")
                .count("customers listed", result.rows().size())
                .say(" customers by ")
                .say(key(spec.by()));
        PlanAnswers.population(d, plan.filters(), run, plan.window() != null);
        PlanAnswers.window(d, plan.window());
        d.say(" (of ").count("customers matched", result.listed()).say("):").line();
        int shown = Math.min(result.rows().size(), PlanAnswers.MAX_ROWS);
        for (int i = 0; i < shown; i++) {
            PlanResult.Row row = result.rows().get(i);
            d.trusted((i + 1) + ". ").quote("customer id", row.customerId()).say(" — ");
            value(d, spec.by(), row);
            if (spec.by() != QuestionPlan.SortKey.SPEND) {
                d.say(", spend ").money("spend of " + row.customerId(), row.spend());
            }
            d.say(", ")
                    .count("orders of " + row.customerId(), row.orders())
                    .say(" orders")
                    .line();
        }
        if (result.rows().size() > shown) {
            d.say("That's the first ").count("rows shown", shown).say(".");
        }
        if (result.rows().isEmpty()) {
            d.say("No customer matches.");
        }
        return d;
    }

    private static void value(Draft d, QuestionPlan.SortKey key, PlanResult.Row row) {
        String label = key.name().toLowerCase(java.util.Locale.ROOT) + " of " + row.customerId();
        switch (key) {
            case SPEND, CLV, PREDICTED_CLV, AOV -> d.money(label, row.value());
            case ORDERS -> d.count(label, (long) row.value()).say(" orders");
            case P_ALIVE -> d.say("P(alive) ").decimal(label, row.value(), 2);
            case RECENCY -> d.say("last order ").days(label, -row.value()).say(" before the as-of date");
            default -> throw new IllegalStateException("unknown sort key " + key);
        }
    }

    private static String key(QuestionPlan.SortKey key) {
        return switch (key) {
            case SPEND -> "spend";
            case ORDERS -> "orders";
            case CLV -> "one-year CLV (rule-based)";
            case PREDICTED_CLV -> "predicted CLV";
            case P_ALIVE -> "P(alive)";
            case RECENCY -> "most recent order";
            case AOV -> "average order value";
        };
    }
}
