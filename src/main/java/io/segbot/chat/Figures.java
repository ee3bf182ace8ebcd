package io.segbot.chat;

import io.segbot.chat.plan.Measure;
import io.segbot.chat.plan.PlanResult;
import io.segbot.chat.plan.QuestionPlan;
import io.segbot.chat.plan.Stat;
import io.segbot.chat.plan.Tally;

/** The first line of a figure answer, and the comparison line under it. */
final class Figures {
    private Figures() {}

    static Draft lead(Draft d, PlanResult result, RunSnapshot run) {
        QuestionPlan plan = result.plan();
        Measure measure = plan.measure();
        subject(d, plan, run);
        d.say(": ");
        value(d, result, result.total(), "", plan.window() == null ? null : "");
        context(d, plan, result.total());
        if (result.base() > 0) {
            // "how many are likely to churn": the share of the population, not the count alone
            d.say(", ")
                    .share("share of customers", (double) result.total().customers / result.base())
                    .say(" of ")
                    .count("customers in every band", result.base());
            PlanAnswers.population(
                    d,
                    plan.filters().stream()
                            .filter(f -> !(f instanceof io.segbot.chat.plan.Filter.ChurnBand))
                            .toList(),
                    run);
        }
        d.say(".");
        if (result.versus() != null) {
            d.line().say("Compared with");
            if (plan.versusWindow() != null) {
                d.say(" ").period("comparison window", plan.versusWindow());
            } else {
                PlanAnswers.population(d, plan.versusFilters(), run, plan.window() != null);
            }
            d.say(": ");
            value(d, result, result.versus(), " (comparison)", null);
            context(d, plan, result.versus());
            change(d, plan, measure, result.total(), result.versus());
            d.say(".");
        }
        return d;
    }

    /** "Revenue in Champions in October 2025", "Customer `C0042`'s orders". */
    private static void subject(Draft d, QuestionPlan plan, RunSnapshot run) {
        Stat stat = plan.effectiveStat();
        String name =
                switch (plan.measure()) {
                    case CUSTOMERS -> "Customers";
                    case ORDERS -> "Orders";
                    case REVENUE -> "Revenue";
                    case AOV -> "Average order value";
                    case REVENUE_PER_CUSTOMER -> "Revenue per customer";
                    case ORDERS_PER_CUSTOMER -> "Orders per customer";
                    case CLV -> stat.kind() == Stat.Kind.TOTAL
                            ? "Total one-year CLV (rule-based)"
                            : "Average one-year CLV (rule-based)";
                    case PREDICTED_CLV -> stat.kind() == Stat.Kind.TOTAL
                            ? "Total predicted CLV (BG/NBD + Gamma-Gamma)"
                            : "Average predicted CLV (BG/NBD + Gamma-Gamma)";
                    case CHURN_SHARE -> "Share at " + plan.band().toLowerCase(java.util.Locale.ROOT) + " churn risk";
                    case REPEAT_RATE -> "Repeat purchase rate";
                    case ONE_TIME_BUYERS -> "One-time buyers";
                    case DAYS_BETWEEN_ORDERS -> null;
                    case TOP_SHARE -> "Share of revenue from the top ";
                    case SPEND, ORDER_VALUE -> null;
                    case LARGEST_ORDER -> "Largest order";
                    case FIRST_ORDER -> "First order";
                    case LAST_ORDER -> "Last order";
                    case P_ALIVE -> "Average P(alive)";
                    case RECENCY -> "Average days since the last order";
                };
        if (name == null) {
            String what = plan.measure() == Measure.SPEND
                    ? " spend per customer"
                    : plan.measure() == Measure.ORDER_VALUE ? " order value" : " days between orders";
            if (stat.kind() == Stat.Kind.PERCENTILE) {
                d.trusted(PlanAnswers.statWords(stat)).say(what);
            } else {
                d.say(PlanAnswers.statWords(stat)).say(what);
            }
        } else {
            d.say(name);
        }
        if (plan.measure() == Measure.TOP_SHARE) {
            QuestionPlan.Top top = plan.top();
            if (top.percent()) {
                d.share("top share of customers", top.value() / 100).say(" of customers");
            } else {
                d.count("top customers", (long) top.value()).say(" customers");
            }
        }
        if (plan.customerId() != null) {
            d.say(" of customer ").quote("customer id", plan.customerId());
        }
        PlanAnswers.population(d, plan.filters(), run, plan.window() != null);
        PlanAnswers.window(d, plan.window());
    }

    /** The asked figure itself. */
    static void value(Draft d, PlanResult result, Tally t, String suffix, String unused) {
        QuestionPlan plan = result.plan();
        Measure m = plan.measure();
        Stat stat = plan.effectiveStat();
        String label = m.key() + suffix;
        switch (m) {
            case CUSTOMERS, ORDERS, ONE_TIME_BUYERS -> d.count(label, Math.round(t.value(m, stat)));
            case REVENUE, AOV, REVENUE_PER_CUSTOMER, CLV, PREDICTED_CLV, LARGEST_ORDER -> money(
                    d, label, t.value(m, stat));
            case ORDERS_PER_CUSTOMER -> decimal(d, label, t.value(m, stat), 2);
            case P_ALIVE -> decimal(d, label, t.value(m, stat), 2);
            case CHURN_SHARE, REPEAT_RATE -> share(d, label, t.value(m, stat));
            case DAYS_BETWEEN_ORDERS, RECENCY -> {
                double v = m == Measure.DAYS_BETWEEN_ORDERS && stat.kind() != Stat.Kind.AVERAGE
                        ? result.distribution()
                        : t.value(m, stat);
                if (PlanAnswers.defined(v)) {
                    d.days(label, v);
                } else {
                    d.say("not defined (no repeat orders)");
                }
            }
            case TOP_SHARE -> share(d, label, result.distribution());
            case SPEND, ORDER_VALUE -> money(d, label, result.distribution());
            case FIRST_ORDER -> date(d, label, t.firstDay);
            case LAST_ORDER -> date(d, label, t.lastDay);
            default -> throw new IllegalStateException("no value writer for " + m);
        }
    }

    /** Short context after the figure: what it was computed from. */
    private static void context(Draft d, QuestionPlan plan, Tally t) {
        switch (plan.measure()) {
            case REVENUE -> d.say(" from ")
                    .count("orders", t.orders)
                    .say(" orders by ")
                    .count("customers", t.customers)
                    .say(" customers");
            case ORDERS -> d.say(" by ")
                    .count("customers", t.customers)
                    .say(" customers, ")
                    .money("revenue", t.revenue)
                    .say(" of revenue");
            case CUSTOMERS -> {
                if (t.orders > 0 && plan.window() != null) {
                    d.say(" (")
                            .count("orders", t.orders)
                            .say(" orders, ")
                            .money("revenue", t.revenue)
                            .say(")");
                }
            }
            case AOV -> d.say(" (")
                    .money("revenue", t.revenue)
                    .say(" over ")
                    .count("orders", t.orders)
                    .say(" orders)");
            case REVENUE_PER_CUSTOMER -> d.say(" (")
                    .money("revenue", t.revenue)
                    .say(" from ")
                    .count("customers", t.customers)
                    .say(" customers)");
            case ORDERS_PER_CUSTOMER -> d.say(" (")
                    .count("orders", t.orders)
                    .say(" orders by ")
                    .count("customers", t.customers)
                    .say(" customers)");
            case CLV, PREDICTED_CLV, P_ALIVE, RECENCY -> d.say(" across ")
                    .count("customers", t.members)
                    .say(" customers");
            case CHURN_SHARE -> d.say(" (")
                    .count("customers in band", t.inBand)
                    .say(" of ")
                    .count("customers", t.members)
                    .say(" customers)");
            case REPEAT_RATE -> d.say(" (")
                    .count("repeat customers", t.repeat)
                    .say(" of ")
                    .count("customers", t.customers)
                    .say(" customers ordered more than once)");
            case ONE_TIME_BUYERS -> {
                if (t.customers > 0) {
                    d.say(" (")
                            .share("one-time share", (double) t.oneTime / t.customers)
                            .say(" of ")
                            .count("customers", t.customers)
                            .say(" customers)");
                }
            }
            case DAYS_BETWEEN_ORDERS -> d.say(" over ")
                    .count("gaps", t.gaps)
                    .say(" gaps between consecutive orders of repeat buyers");
            case TOP_SHARE, SPEND -> d.say(" (")
                    .count("customers", t.customers)
                    .say(" customers, ")
                    .money("revenue", t.revenue)
                    .say(" of revenue)");
            case ORDER_VALUE -> d.say(" over ").count("orders", t.orders).say(" orders");
            case LARGEST_ORDER -> {
                if (t.largestOrderCustomer >= 0) {
                    if (t.largestOrderCustomerId != null) {
                        d.say(" by customer ").quote("customer id", t.largestOrderCustomerId);
                    }
                    d.say(" on ").date("largest order date", PlanAnswers.day(t.largestOrderDay));
                }
            }
            default -> {}
        }
    }

    /** "up 12.3%" / "down 4.0%" against the comparison. */
    private static void change(Draft d, QuestionPlan plan, Measure m, Tally now, Tally then) {
        if (m == Measure.TOP_SHARE
                || m == Measure.SPEND
                || m == Measure.ORDER_VALUE
                || m == Measure.FIRST_ORDER
                || m == Measure.LAST_ORDER) {
            return;
        }
        double a = now.value(m, plan.effectiveStat());
        double b = then.value(m, plan.effectiveStat());
        if (PlanAnswers.defined(a) && PlanAnswers.defined(b) && b != 0) {
            double change = (a - b) / Math.abs(b);
            d.say("; the first is ").say(change >= 0 ? "up " : "down ").share("change", Math.abs(change));
        }
    }

    /** The fallback line of a "don't have that" answer: revenue, orders, customers in the window. */
    static Draft revenueLine(Draft d, Tally t, QuestionPlan plan, RunSnapshot run, boolean revenueFirst) {
        d.say(revenueFirst ? "" : "revenue").say(revenueFirst ? "" : " ");
        if (plan.window() == null) {
            d.say(revenueFirst ? "" : "in all ");
        }
        money(d, "revenue", t.revenue);
        PlanAnswers.window(d, plan.window());
        return d.say(" from ")
                .count("orders", t.orders)
                .say(" orders by ")
                .count("customers", t.customers)
                .say(" customers.");
    }

    private static void money(Draft d, String label, double v) {
        if (PlanAnswers.defined(v)) {
            d.money(label, v);
        } else {
            d.say("none (no orders)");
        }
    }

    private static void share(Draft d, String label, double v) {
        if (PlanAnswers.defined(v)) {
            d.share(label, v);
        } else {
            d.say("not defined (no customers)");
        }
    }

    private static void decimal(Draft d, String label, double v, int places) {
        if (PlanAnswers.defined(v)) {
            d.decimal(label, v, places);
        } else {
            d.say("not defined (no customers)");
        }
    }

    private static void date(Draft d, String label, int epochDay) {
        if (epochDay == Integer.MAX_VALUE || epochDay == Integer.MIN_VALUE) {
            d.say("none (no orders)");
        } else {
            d.date(label, PlanAnswers.day(epochDay));
        }
    }
}
