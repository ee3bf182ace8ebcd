package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Direction;
import io.segbot.chat.intent.Metric;
import java.util.List;

/** Templated answers about segments, in the prototype's style: priority, value, risk, actions. */
final class SegmentAnswers {
    private static final int OVERVIEW_RFM = 4;

    private SegmentAnswers() {}

    static Draft overview(RunSnapshot run, Resolved q) {
        Draft d = new Draft(run.source());
        d.say("Your ")
                .count("customers", run.run().customers())
                .say(" customers bring ")
                .money("revenue", run.run().revenue())
                .say(". k-means found ")
                .count("clusters (k)", run.run().k())
                .say(" segments:")
                .line();
        for (SegmentProfile s : run.clusters()) {
            sizeAndRevenue(bullet(d), s)
                    .say(" of revenue), average CLV ")
                    .money(s.label() + " average CLV", s.avgClv())
                    .line();
        }
        d.say("Largest RFM segments by revenue: ");
        List<SegmentProfile> top = Metrics.rank(run.rfm(), Metric.REVENUE, Direction.HIGHEST);
        for (int i = 0; i < Math.min(OVERVIEW_RFM, top.size()); i++) {
            SegmentProfile s = top.get(i);
            d.say(i == 0 ? "" : ", ").segment(s).say(" ").share(s.label() + " revenue share", s.revenueShare());
        }
        return d.say(".");
    }

    static Draft ranking(RunSnapshot run, Resolved q) {
        Metric metric = Metrics.rankable(q.metric());
        List<SegmentProfile> ordered = Metrics.rank(run.family(q.family()), metric, q.direction());
        if (metric == Metric.P_ALIVE && ordered.stream().anyMatch(s -> s.avgPAlive() == null)) {
            return new Draft(run.source())
                    .say("This run has no BG/NBD model (P(alive)); ask about churn risk instead.");
        }
        SegmentProfile first = ordered.get(0);
        Draft d = new Draft(run.source());
        if (q.metric() == Metric.PROFITABILITY) {
            // issue 13: ROI, profit and margin questions say first that there are no costs to use
            d.say("This data has no costs, so profit and ROI can't be computed; I rank by revenue instead.")
                    .line();
        }
        d.say("**")
                .segment(first)
                .say("** ranks first by ")
                .say(Metrics.words(metric))
                .say(": ");
        Metrics.write(d, first.label() + " " + Metrics.words(metric), metric, Metrics.value(first, metric))
                .say(".")
                .line();
        profile(d, first);
        if (ordered.size() > 1) {
            SegmentProfile second = ordered.get(1);
            ratioLine(d, first, second);
        }
        int n = q.topN() == null ? 1 : Math.min(q.topN(), ordered.size());
        if (n > 1) {
            d.say("Top ").count("top N", n).say(": ");
            for (int i = 0; i < n; i++) {
                SegmentProfile s = ordered.get(i);
                d.say(i == 0 ? "" : "; ").segment(s).say(" ");
                Metrics.write(d, s.label() + " " + Metrics.words(metric), metric, Metrics.value(s, metric));
            }
            d.say(".").line();
        }
        return actions(d, first);
    }

    static Draft detail(RunSnapshot run, SegmentProfile s) {
        Draft d = new Draft(run.source());
        d.say("**").segment(s).say("**").line();
        profile(d, s);
        return actions(d, s);
    }

    static Draft comparison(RunSnapshot run, SegmentProfile a, SegmentProfile b) {
        Draft d = new Draft(run.source());
        d.say("**").segment(a).say("** vs **").segment(b).say("**").line();
        for (SegmentProfile s : List.of(a, b)) {
            sizeAndRevenue(bullet(d), s)
                    .say("), ")
                    .decimal(s.label() + " average orders", s.avgFrequency(), 1)
                    .say(" orders and ")
                    .money(s.label() + " average spend", s.avgMonetary())
                    .say(" per customer, last order ")
                    .days(s.label() + " average recency", s.avgRecencyDays())
                    .say(" ago, high churn risk ")
                    .share(s.label() + " high churn share", highShare(s))
                    .line();
        }
        SegmentProfile richer =
                a.revenue() / Math.max(1, a.customers()) >= b.revenue() / Math.max(1, b.customers()) ? a : b;
        return ratioLine(d, richer, richer == a ? b : a);
    }

    static Draft behaviour(RunSnapshot run, SegmentProfile s) {
        Draft d = new Draft(run.source());
        double customers = Math.max(1, run.run().customers());
        double avgSpend = run.run().revenue() / customers;
        double avgOrders = run.totalOrders() / customers;
        d.say("How **").segment(s).say("** differs from the average customer:").line();
        bullet(d)
                .say("orders: ")
                .decimal(s.label() + " average orders", s.avgFrequency(), 1)
                .say(" vs ")
                .decimal("average orders, all customers", avgOrders, 1)
                .line();
        bullet(d)
                .say("spend: ")
                .money(s.label() + " average spend", s.avgMonetary())
                .say(" vs ")
                .money("average spend, all customers", avgSpend)
                .line();
        bullet(d)
                .say("order value: ")
                .money(s.label() + " average order value", s.avgMonetary() / Math.max(1e-9, s.avgFrequency()))
                .say(" vs ")
                .money("average order value, all customers", run.run().revenue() / Math.max(1, run.totalOrders()))
                .line();
        bullet(d)
                .say("last order: ")
                .days(s.label() + " average recency", s.avgRecencyDays())
                .say(" ago, high churn risk ")
                .share(s.label() + " high churn share", highShare(s))
                .line();
        boolean fewer = s.avgFrequency() < avgOrders;
        boolean smaller = s.avgMonetary() / Math.max(1e-9, s.avgFrequency())
                < run.run().revenue() / Math.max(1, run.totalOrders());
        d.say(
                        fewer && smaller
                                ? "They buy less often and spend less per order."
                                : fewer
                                        ? "They buy less often; when they do buy, the order value holds up."
                                        : smaller
                                                ? "They buy as often or more, but with smaller baskets."
                                                : "They buy more often and with larger baskets than average.")
                .line();
        return actions(d, s);
    }

    static Draft strategy(RunSnapshot run, SegmentProfile s) {
        Draft d = new Draft(run.source());
        d.say("Campaign plan for **")
                .segment(s)
                .say("** (")
                .count(s.label() + " customers", s.customers())
                .say(" customers, ")
                .share(s.label() + " revenue share", s.revenueShare())
                .say(" of revenue):")
                .line();
        return actions(d, s);
    }

    static Draft profile(Draft d, SegmentProfile s) {
        bullet(d)
                .say("Revenue: ")
                .money(s.label() + " revenue", s.revenue())
                .say(" (")
                .share(s.label() + " revenue share", s.revenueShare())
                .say(" of total) from ")
                .count(s.label() + " customers", s.customers())
                .say(" customers")
                .line();
        bullet(d).say("Average one-year CLV: ").money(s.label() + " average CLV", s.avgClv());
        if (s.predictedClv() != null) {
            d.say("; BG/NBD + Gamma-Gamma predicted value over the horizon ")
                    .money(s.label() + " predicted CLV per customer", s.predictedClv() / Math.max(1, s.customers()))
                    .say(" per customer, ")
                    .money(s.label() + " predicted CLV", s.predictedClv())
                    .say(" in all");
        }
        d.line();
        bullet(d)
                .say("Churn risk: ")
                .share(s.label() + " low churn share", share(s.churnLow(), s))
                .say(" low, ")
                .share(s.label() + " medium churn share", share(s.churnMedium(), s))
                .say(" medium, ")
                .share(s.label() + " high churn share", highShare(s))
                .say(" high")
                .line();
        return bullet(d)
                .say("Engagement: ")
                .decimal(s.label() + " average orders", s.avgFrequency(), 1)
                .say(" orders per customer, last order ")
                .days(s.label() + " average recency", s.avgRecencyDays())
                .say(" ago")
                .line();
    }

    static Draft actions(Draft d, SegmentProfile s) {
        d.say("**Recommended strategy:**").line();
        int i = 0;
        for (String action : s.recommendations()) {
            d.say("• ").say(action).line();
            i++;
        }
        if (i == 0) {
            d.say("• Nurture with a regular newsletter and seasonal offers.").line();
        }
        return d;
    }

    private static Draft ratioLine(Draft d, SegmentProfile a, SegmentProfile b) {
        double perA = a.revenue() / Math.max(1, a.customers());
        double perB = b.revenue() / Math.max(1, b.customers());
        if (perB > 0) {
            d.segment(a)
                    .say(" brings ")
                    .ratio("revenue per customer ratio", perA / perB)
                    .say(" the revenue per customer of ")
                    .segment(b)
                    .say(" (")
                    .money(a.label() + " revenue per customer", perA)
                    .say(" vs ")
                    .money(b.label() + " revenue per customer", perB)
                    .say(").")
                    .line();
        }
        return d;
    }

    /** "Cluster 0 (Champions): 23 customers, $47,857 (63.1%" — the caller closes the bracket. */
    private static Draft sizeAndRevenue(Draft d, SegmentProfile s) {
        return d.segment(s)
                .say(": ")
                .count(s.label() + " customers", s.customers())
                .say(" customers, ")
                .money(s.label() + " revenue", s.revenue())
                .say(" (")
                .share(s.label() + " revenue share", s.revenueShare());
    }

    private static Draft bullet(Draft d) {
        return d.say("• ");
    }

    static double highShare(SegmentProfile s) {
        return share(s.churnHigh(), s);
    }

    private static double share(int count, SegmentProfile s) {
        return s.customers() == 0 ? 0 : (double) count / s.customers();
    }
}
