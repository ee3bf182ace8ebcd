package io.segbot.chat;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.plan.DateRange;
import io.segbot.chat.plan.Filter;
import io.segbot.chat.plan.Measure;
import io.segbot.chat.plan.PlanResult;
import io.segbot.chat.plan.QuestionPlan;
import io.segbot.chat.plan.Stat;
import io.segbot.chat.plan.Tally;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes a computed plan as an answer whose first line leads with the asked figure ("Revenue in
 * October 2025: $9,837 from 142 orders by 118 customers."). Every number goes through the
 * {@link Draft}'s typed methods, so each is a fact the grounding check verifies.
 */
final class PlanAnswers {
    /** Lists show this many rows; longer ones are offered as a CSV export. */
    static final int MAX_ROWS = 50;

    private PlanAnswers() {}

    static Draft answer(PlanResult result, RunSnapshot run) {
        QuestionPlan plan = result.plan();
        Draft d = new Draft(run.source());
        if (plan.kind() == QuestionPlan.Kind.REFUSE) {
            return refuse(d);
        }
        if (plan.kind() == QuestionPlan.Kind.MISSING) {
            Missing.intro(d, plan.missing(), run);
            if (result.unavailable() != null) {
                return d.say(" ").say(capitalised(result.unavailable())).say(".");
            }
            d.say(
                    plan.measure() == Measure.REVENUE
                            ? " so here is revenue instead: "
                            : " Here is what I can tell you: ");
            return Figures.revenueLine(d, result.total(), plan, run, plan.measure() == Measure.REVENUE);
        }
        if ("unknown customer".equals(result.unavailable())) {
            return unknownCustomer(d, plan.customerId(), result.rows());
        }
        if (result.unavailable() != null) {
            return d.say("I can't answer that from this run: ")
                    .say(result.unavailable())
                    .say(".");
        }
        if (plan.window() != null && plan.window().from().isAfter(run.run().asOf())) {
            d.say("The data runs to ").date("as of", run.run().asOf()).say(", so there are no orders in ");
            return d.period("window", plan.window()).say(" yet.");
        }
        if (plan.kind() == QuestionPlan.Kind.LIST) {
            return CustomerRows.list(d, result, run);
        }
        if (plan.grouping() != null) {
            return Breakdown.write(d, result, run);
        }
        Figures.lead(d, result, run);
        if (plan.window() != null) {
            d.line()
                    .say("Dates are read against the data's as-of date, ")
                    .date("as of", run.run().asOf())
                    .say(".");
        }
        return d;
    }

    static Draft refuse(Draft d) {
        return d.say("I only answer questions about your customer data, and I don't take instructions, run commands")
                .say(" or change data from chat. Ask me something like:")
                .line()
                .say(BusinessAnswers.EXAMPLES);
    }

    private static Draft unknownCustomer(Draft d, String id, List<PlanResult.Row> closest) {
        d.say("I don't know customer ").quote("asked for", id).say(" in this run.");
        if (closest.isEmpty()) {
            return d.say(" No known id is close to it.");
        }
        d.say(" Closest known ids: ");
        for (int i = 0; i < closest.size(); i++) {
            d.say(i == 0 ? "" : ", ").quote("customer id", closest.get(i).customerId());
        }
        return d.say(".");
    }

    /** " of Champions at high churn risk in the Premium tier": the population, as words and facts. */
    static Draft population(Draft d, List<Filter> filters, RunSnapshot run) {
        return population(d, filters, run, false);
    }

    /** @param windowed thresholds are on the window's spend or orders (the window is named after) */
    static Draft population(Draft d, List<Filter> filters, RunSnapshot run, boolean windowed) {
        return population(d, filters, run, windowed, "the window");
    }

    /**
     * @param newIn where a new customer's first order falls: "the window", or in a breakdown by
     *     month or quarter "that month" (each customer counts in the period of its first order)
     */
    static Draft population(Draft d, List<Filter> filters, RunSnapshot run, boolean windowed, String newIn) {
        for (Filter f : filters) {
            if (f instanceof Filter.Segment s) {
                SegmentProfile segment = SegmentFamily.CLUSTER.matches(s.family())
                        ? run.cluster(Integer.parseInt(s.key())).orElse(null)
                        : run.byName(s.key()).orElse(null);
                d.say(" in ");
                if (segment != null) {
                    d.segment(segment);
                } else {
                    d.quote("segment", s.label());
                }
            } else if (f instanceof Filter.ChurnBand b) {
                d.say(" at ").say(b.band().toLowerCase(Locale.ROOT)).say(" churn risk");
            } else if (f instanceof Filter.Tier t) {
                d.say(" in the ").say(t.tier()).say(" value tier");
            } else if (f instanceof Filter.Threshold t) {
                threshold(d, t, windowed);
            } else if (f instanceof Filter.Lifecycle l) {
                d.say(
                        switch (l.stage()) {
                            case NEW -> " who were new (first order in " + newIn + ")";
                            case ACTIVE -> " who were active";
                            case LAPSED -> " who have lapsed";
                        });
            }
        }
        return d;
    }

    private static void threshold(Draft d, Filter.Threshold t, boolean windowed) {
        boolean spend = t.field() == Filter.Threshold.Field.SPEND;
        d.say(spend ? (windowed ? " who spent " : " whose lifetime spend is ") : " with ");
        d.say(
                switch (t.op()) {
                    case AT_LEAST -> "at least ";
                    case MORE_THAN -> "more than ";
                    case AT_MOST -> "at most ";
                    case LESS_THAN -> "less than ";
                    case EXACTLY -> "exactly ";
                });
        if (spend) {
            d.money("spend threshold", t.value());
        } else {
            d.count("orders threshold", (long) t.value()).say(" orders");
        }
    }

    /** " in October 2025", " from 2025-10-17 to 2025-11-15", or nothing for all time. */
    static Draft window(Draft d, DateRange window) {
        if (window == null) {
            return d;
        }
        d.say(window.kind() == DateRange.Kind.SPAN ? (window.from().equals(window.to()) ? " on " : " from ") : " in ");
        return d.period("window", window);
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String statWords(Stat stat) {
        return switch (stat.kind()) {
            case MEDIAN -> "Median";
            case AVERAGE -> "Average";
            case TOTAL -> "Total";
            case PERCENTILE -> ordinal(stat.percentile()) + " percentile of";
        };
    }

    /** "90th", written as text: numbers glued to letters are identifiers to the grounding check. */
    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    static LocalDate day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }

    static boolean defined(double value) {
        return !Double.isNaN(value);
    }

    static Tally empty() {
        return new Tally();
    }
}
