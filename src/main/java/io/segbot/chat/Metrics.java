package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Direction;
import io.segbot.chat.intent.Metric;
import java.util.Comparator;
import java.util.List;

/** How a question's metric is read off a segment profile, and which way is "best". */
final class Metrics {
    private Metrics() {}

    /** The metric rankings use when the question names none, or one segments do not carry. */
    static Metric rankable(Metric metric) {
        if (metric == null) {
            return Metric.REVENUE;
        }
        return switch (metric) {
            case REVENUE, CUSTOMERS, ORDERS, CLV, CHURN, FREQUENCY, RECENCY, MONETARY, AOV -> metric;
            case P_ALIVE -> Metric.P_ALIVE;
                // RFM and clusters carry no margin data: profitability is read as revenue, engagement as
                // purchase frequency; the reply says so.
            case PROFITABILITY -> Metric.REVENUE;
            case ENGAGEMENT -> Metric.FREQUENCY;
            case CONVERSION_POTENTIAL, LIFT, OVERALL_SCORE -> Metric.REVENUE;
        };
    }

    static double value(SegmentProfile s, Metric metric) {
        return switch (metric) {
            case REVENUE -> s.revenue();
            case CUSTOMERS -> s.customers();
            case ORDERS -> s.avgFrequency() * s.customers();
            case CLV -> s.avgClv();
            case CHURN -> s.customers() == 0 ? 0 : (double) s.churnHigh() / s.customers();
            case P_ALIVE -> s.avgPAlive() == null ? Double.NaN : s.avgPAlive();
            case FREQUENCY -> s.avgFrequency();
            case RECENCY -> s.avgRecencyDays();
            case MONETARY -> s.avgMonetary();
            case AOV -> s.avgFrequency() == 0 ? 0 : s.avgMonetary() / s.avgFrequency();
            default -> throw new IllegalArgumentException("not a segment metric: " + metric);
        };
    }

    /** True when a higher value is better for the business (more revenue), false when lower is (churn). */
    static boolean higherIsBetter(Metric metric) {
        return metric != Metric.CHURN && metric != Metric.RECENCY;
    }

    /** Segments ordered so that the first is what the question asks for. */
    static List<SegmentProfile> rank(List<SegmentProfile> segments, Metric metric, Direction direction) {
        boolean descending =
                switch (direction == null ? Direction.HIGHEST : direction) {
                    case HIGHEST -> true;
                    case LOWEST -> false;
                    case BEST -> higherIsBetter(metric);
                    case WORST -> !higherIsBetter(metric);
                };
        Comparator<SegmentProfile> order = Comparator.comparingDouble(s -> value(s, metric));
        return segments.stream().sorted(descending ? order.reversed() : order).toList();
    }

    static String words(Metric metric) {
        return switch (metric) {
            case REVENUE -> "revenue";
            case CUSTOMERS -> "customers";
            case ORDERS -> "orders";
            case CLV -> "average one-year CLV";
            case CHURN -> "share of high churn risk";
            case P_ALIVE -> "average probability of being active";
            case FREQUENCY -> "average orders per customer";
            case RECENCY -> "average days since last order";
            case MONETARY -> "average spend per customer";
            case AOV -> "average order value";
            default -> metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /** Writes a metric's value in its unit. */
    static Draft write(Draft draft, String label, Metric metric, double value) {
        return switch (metric) {
            case REVENUE, CLV, MONETARY, AOV -> draft.money(label, value);
            case CUSTOMERS, ORDERS -> draft.count(label, Math.round(value));
            case CHURN -> draft.share(label, value);
            case P_ALIVE -> draft.decimal(label, value, 2);
            case FREQUENCY -> draft.decimal(label, value, 1);
            case RECENCY -> draft.days(label, value);
            default -> draft.decimal(label, value, 2);
        };
    }
}
