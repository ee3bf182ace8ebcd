package io.segbot.chat.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A question as a typed, validated plan: what to compute (a figure, a list of customers, or a
 * refusal), over which customers, in which window, grouped, ranked or compared how. Executed by
 * {@link PlanExecutor} over the stored run and orders; never turned into SQL.
 *
 * @param kind FIGURE (one measure, maybe grouped or compared), LIST (customers by a key), MISSING
 *     (data segbot does not have; {@code measure} is what it offers instead, or null), REFUSE
 * @param measure the figure; null for LIST and REFUSE
 * @param stat total / average / median / percentile; null means the measure's default
 * @param filters the population, all conditions together; empty for everyone
 * @param customerId one customer, or null
 * @param window the time window, or null for all time
 * @param grouping a breakdown, or null
 * @param list for LIST: the sort key, how many, which end
 * @param top for TOP_SHARE: the top N customers or the top X %
 * @param band for CHURN_SHARE: Low, Medium or High
 * @param versusWindow a second window to compare with, or null
 * @param versusFilters a second population to compare with; empty when not comparing populations
 * @param missing the kind of data asked for that the orders do not hold ("margin"), or null
 */
public record QuestionPlan(
        Kind kind,
        Measure measure,
        Stat stat,
        List<Filter> filters,
        String customerId,
        DateRange window,
        Grouping grouping,
        ListSpec list,
        Top top,
        String band,
        DateRange versusWindow,
        List<Filter> versusFilters,
        String missing) {

    public enum Kind {
        FIGURE,
        LIST,
        MISSING,
        REFUSE
    }

    public enum Grouping {
        SEGMENT,
        CLUSTER,
        TIER,
        CHURN,
        MONTH,
        QUARTER
    }

    /** What customer lists are ordered by. */
    public enum SortKey {
        SPEND,
        ORDERS,
        CLV,
        PREDICTED_CLV,
        P_ALIVE,
        RECENCY,
        AOV
    }

    /** @param limit how many customers (1-10,000); answers show up to 50 and offer the rest as CSV */
    public record ListSpec(SortKey by, int limit, boolean ascending) {
        public ListSpec {
            Objects.requireNonNull(by, "by");
            if (limit < 1 || limit > 10_000) {
                throw new IllegalArgumentException("a list holds 1 to 10,000 customers, got " + limit);
            }
        }
    }

    /** The top N customers ({@code percent} false) or the top X % of customers by spend. */
    public record Top(double value, boolean percent) {
        public Top {
            if (percent ? !(value > 0 && value < 100) : !(value >= 1 && value == Math.rint(value))) {
                throw new IllegalArgumentException(
                        percent ? "top share must be in (0, 100) %, got " + value : "top N must be >= 1, got " + value);
            }
        }

        String canonical() {
            String n = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
            return percent ? n + "%" : n;
        }
    }

    public QuestionPlan {
        Objects.requireNonNull(kind, "kind");
        filters = List.copyOf(filters);
        versusFilters = List.copyOf(versusFilters);
        validate(
                kind,
                measure,
                stat,
                filters,
                customerId,
                window,
                grouping,
                list,
                top,
                band,
                versusWindow,
                versusFilters);
        if (kind == Kind.MISSING && (missing == null || missing.isBlank())) {
            throw new IllegalArgumentException("a MISSING plan names what is missing");
        }
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static void validate(
            Kind kind,
            Measure measure,
            Stat stat,
            List<Filter> filters,
            String customerId,
            DateRange window,
            Grouping grouping,
            ListSpec list,
            Top top,
            String band,
            DateRange versusWindow,
            List<Filter> versusFilters) {
        require((kind == Kind.LIST) == (list != null), "a LIST plan, and only a LIST plan, has a list spec");
        require(kind != Kind.FIGURE || measure != null, "a FIGURE plan needs a measure");
        require(kind != Kind.LIST || measure == null && grouping == null, "a LIST plan has no measure or grouping");
        require(
                kind != Kind.REFUSE || measure == null && filters.isEmpty() && window == null && customerId == null,
                "a REFUSE plan computes nothing");
        require((measure == Measure.TOP_SHARE) == (top != null), "top N / top % goes with TOP_SHARE only");
        require((measure == Measure.CHURN_SHARE) == (band != null), "a churn band goes with CHURN_SHARE only");
        require(versusWindow == null || window != null, "comparing windows needs two windows");
        require(versusWindow == null || versusFilters.isEmpty(), "compare two windows or two populations, not both");
        require(customerId == null || grouping == null && versusFilters.isEmpty(), "one customer is not grouped");
        require(grouping == null || versusWindow == null && versusFilters.isEmpty(), "a breakdown is not compared");
        require(grouping == null || measure != null && groupable(measure), "this figure has no breakdown");
        if (stat != null && measure != null) {
            boolean ranked = stat.kind() == Stat.Kind.MEDIAN || stat.kind() == Stat.Kind.PERCENTILE;
            require(
                    !ranked
                            || measure == Measure.SPEND
                            || measure == Measure.ORDER_VALUE
                            || measure == Measure.DAYS_BETWEEN_ORDERS,
                    "median and percentiles are for spend, order value and days between orders");
            require(
                    stat.kind() != Stat.Kind.TOTAL || measure == Measure.CLV || measure == Measure.PREDICTED_CLV,
                    "a total is for CLV figures");
        }
    }

    /** Measures a breakdown can show per group (distributions and single orders cannot). */
    public static boolean groupable(Measure measure) {
        return switch (measure) {
            case TOP_SHARE, SPEND, ORDER_VALUE, LARGEST_ORDER, FIRST_ORDER, LAST_ORDER -> false;
            default -> true;
        };
    }

    /** Measures read off each customer's scores at the as-of date, not off orders in a window. */
    public static boolean customerLevel(Measure measure) {
        return switch (measure) {
            case CLV, PREDICTED_CLV, P_ALIVE, RECENCY, CHURN_SHARE -> true;
            default -> false;
        };
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("invalid question plan: " + message);
        }
    }

    /** The statistic to use: the plan's, or the measure's default. */
    public Stat effectiveStat() {
        return stat != null ? stat : measure == null ? Stat.AVERAGE : measure.defaultStat();
    }

    public static QuestionPlan refuse() {
        return new QuestionPlan(
                Kind.REFUSE, null, null, List.of(), null, null, null, null, null, null, null, List.of(), null);
    }

    /** This plan with another window (a follow-up such as "and last month?"). */
    public QuestionPlan withWindow(DateRange newWindow) {
        return new QuestionPlan(
                kind,
                measure,
                stat,
                filters,
                customerId,
                newWindow,
                grouping,
                list,
                top,
                band,
                null,
                versusFilters,
                missing);
    }

    /**
     * The plan as space-separated {@code key=value} tokens in a fixed order, defaults left out; the
     * labelled question sets are written in this form.
     */
    public String canonical() {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case REFUSE -> out.add("refuse");
            case MISSING -> out.add("missing=" + missing);
            case LIST -> {
                out.add("list=customers");
                out.add("by=" + list.by().name().toLowerCase(Locale.ROOT));
                out.add("top=" + list.limit());
                if (list.ascending()) {
                    out.add("order=asc");
                }
            }
            case FIGURE -> {}
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
        if (measure != null) {
            out.add("measure=" + measure.key());
            if (stat != null && !stat.equals(measure.defaultStat())) {
                out.add("stat=" + stat.key());
            }
        }
        if (top != null) {
            out.add("top=" + top.canonical());
        }
        if (band != null) {
            out.add("band=" + band.toLowerCase(Locale.ROOT));
        }
        if (!filters.isEmpty()) {
            out.add("pop=" + population(filters));
        }
        if (customerId != null) {
            out.add("customer=" + customerId);
        }
        if (window != null) {
            out.add("window=" + window.canonical());
        }
        if (grouping != null) {
            out.add("group=" + grouping.name().toLowerCase(Locale.ROOT));
        }
        if (versusWindow != null) {
            out.add("vs_window=" + versusWindow.canonical());
        }
        if (!versusFilters.isEmpty()) {
            out.add("vs_pop=" + population(versusFilters));
        }
        return String.join(" ", out);
    }

    private static String population(List<Filter> filters) {
        return filters.stream().map(Filter::canonical).sorted().collect(Collectors.joining(","));
    }
}
