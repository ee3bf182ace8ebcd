package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.plan.DateRange;
import io.segbot.chat.plan.PlanResult;
import io.segbot.chat.plan.QuestionPlan;
import java.time.LocalDate;

/** A figure per group: per segment, cluster, tier, churn band, month or quarter. */
final class Breakdown {
    private Breakdown() {}

    static Draft write(Draft d, PlanResult result, RunSnapshot run) {
        QuestionPlan plan = result.plan();
        d.say(PlanAnswers.capitalised(plan.measure().key().replace('_', ' ')))
                .say(" by ")
                .say(plan.grouping().name().toLowerCase(java.util.Locale.ROOT));
        String newIn =
                switch (plan.grouping()) {
                    case MONTH -> "that month";
                    case QUARTER -> "that quarter";
                    default -> "the window";
                };
        PlanAnswers.population(d, plan.filters(), run, plan.window() != null, newIn);
        PlanAnswers.window(d, plan.window());
        d.say(":").line();
        int shown = 0;
        for (PlanResult.Group g : result.groups()) {
            if (shown++ == PlanAnswers.MAX_ROWS) {
                break;
            }
            d.say("• ");
            key(d, plan.grouping(), g.key(), run);
            d.say(": ");
            Figures.value(d, result, g.tally(), " of " + g.key(), null);
            if (plan.measure() != io.segbot.chat.plan.Measure.CUSTOMERS && g.tally().customers > 0) {
                d.say(" (")
                        .count("customers of " + g.key(), g.tally().customers)
                        .say(" customers)");
            }
            d.line();
        }
        if (result.groups().isEmpty()) {
            d.say("No orders in that window.");
        }
        return d;
    }

    private static void key(Draft d, QuestionPlan.Grouping grouping, String key, RunSnapshot run) {
        switch (grouping) {
            case SEGMENT -> {
                SegmentProfile s = run.byName(key).orElse(null);
                if (s != null) {
                    d.segment(s);
                } else {
                    d.quote("segment", key);
                }
            }
            case CLUSTER -> {
                SegmentProfile s = run.cluster(Integer.parseInt(key)).orElse(null);
                if (s != null) {
                    d.segment(s);
                } else {
                    d.quote("cluster", key);
                }
            }
            case TIER -> d.say(key).say(" tier");
            case CHURN -> d.say(key).say(" churn risk");
            case MONTH -> {
                LocalDate first = LocalDate.parse(key + "-01");
                d.period("month", new DateRange(first, first.plusMonths(1).minusDays(1), DateRange.Kind.MONTH, false));
            }
            case QUARTER -> {
                int year = Integer.parseInt(key.substring(0, 4));
                int q = key.charAt(6) - '0';
                LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
                d.period(
                        "quarter",
                        new DateRange(first, first.plusMonths(3).minusDays(1), DateRange.Kind.QUARTER, false));
            }
            default -> throw new IllegalStateException("unknown grouping " + grouping);
        }
    }
}
