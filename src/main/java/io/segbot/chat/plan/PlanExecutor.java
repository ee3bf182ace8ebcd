package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Computes a {@link QuestionPlan} over an {@link OrderBook}: one pass over the population's
 * customers and their orders in the window, no SQL. Pure and thread-safe.
 */
public final class PlanExecutor {
    static final String NO_ORDERS = "this dataset holds per-customer totals, not individual orders";
    static final String NO_MODEL = "this run has no fitted BG/NBD model";

    private PlanExecutor() {}

    public static PlanResult execute(QuestionPlan plan, OrderBook book) {
        return execute(plan, book, null);
    }

    /** @param path null to read windows the cheapest way; DAYS or CUSTOMERS force one (tests compare them) */
    static PlanResult execute(QuestionPlan plan, OrderBook book, Scan.Path path) {
        if (plan.kind() == QuestionPlan.Kind.REFUSE) {
            return PlanResult.unavailable(plan, null);
        }
        Measure measure = plan.measure() == null ? Measure.REVENUE : plan.measure();
        if (needsOrders(plan, measure) && !book.hasOrders()) {
            return PlanResult.unavailable(plan, NO_ORDERS);
        }
        if ((measure == Measure.PREDICTED_CLV
                        || measure == Measure.P_ALIVE
                        || plan.kind() == QuestionPlan.Kind.LIST
                                && (plan.list().by() == QuestionPlan.SortKey.P_ALIVE
                                        || plan.list().by() == QuestionPlan.SortKey.PREDICTED_CLV))
                && book.pAlive() == null) {
            return PlanResult.unavailable(plan, NO_MODEL);
        }
        int only = -1;
        if (plan.customerId() != null) {
            only = BookIndexes.of(book).indexOf(book, plan.customerId());
            if (only < 0) {
                return new PlanResult(
                        plan,
                        new Tally(),
                        null,
                        List.of(),
                        Closest.ids(book, plan.customerId()),
                        0,
                        Double.NaN,
                        "unknown customer");
            }
        }
        if (plan.kind() == QuestionPlan.Kind.LIST) {
            return Lists.top(plan, book, Populations.mask(plan.filters(), plan.window(), book, only));
        }
        Scan scan = new Scan(book, plan, measure, plan.window(), plan.filters(), path);
        Tally total = scan.run(scan.population(only));
        Scan other = null;
        if (plan.versusWindow() != null) {
            // "new customers this year vs last year": who is new (or active) depends on the window
            other = new Scan(book, plan, measure, plan.versusWindow(), plan.filters(), path);
        } else if (!plan.versusFilters().isEmpty()) {
            other = new Scan(book, plan, measure, plan.window(), plan.versusFilters(), path);
        }
        Tally versus = other == null ? null : other.run(other.population(only));
        List<PlanResult.Group> groups = scan.groups();
        name(book, total);
        name(book, versus);
        groups.forEach(g -> name(book, g.tally()));
        return new PlanResult(
                plan, total, versus, groups, List.of(), 0, scan.distribution(), null, base(plan, measure, book, only));
    }

    /** Names the largest order's customer. */
    private static void name(OrderBook book, Tally t) {
        if (t != null && t.largestOrderCustomer >= 0) {
            t.largestOrderCustomerId = book.ids()[t.largestOrderCustomer];
        }
    }

    /** For "how many (champions) are at high churn risk": the same population in every band, else -1. */
    private static long base(QuestionPlan plan, Measure measure, OrderBook book, int only) {
        if (measure != Measure.CUSTOMERS
                || plan.window() != null
                || plan.filters().stream().noneMatch(f -> f instanceof Filter.ChurnBand)) {
            return -1;
        }
        List<Filter> others = plan.filters().stream()
                .filter(f -> !(f instanceof Filter.ChurnBand))
                .toList();
        boolean[] mask = Populations.mask(others, null, book, only);
        if (mask == null) {
            return book.customers();
        }
        long count = 0;
        for (boolean in : mask) {
            count += in ? 1 : 0;
        }
        return count;
    }

    static boolean needsOrders(QuestionPlan plan, Measure measure) {
        boolean lifecycle = plan.filters().stream().anyMatch(f -> f instanceof Filter.Lifecycle);
        return plan.window() != null
                || lifecycle
                || plan.grouping() == QuestionPlan.Grouping.MONTH
                || plan.grouping() == QuestionPlan.Grouping.QUARTER
                || switch (measure) {
                    case ORDER_VALUE, LARGEST_ORDER, FIRST_ORDER, LAST_ORDER, DAYS_BETWEEN_ORDERS -> true;
                    default -> false;
                };
    }

    /** Type 7 quantile (NumPy's default) of sorted values: {@code h = (n - 1) p}, linear between neighbours. */
    static double quantile(double[] sorted, int n, double p) {
        if (n == 0) {
            return Double.NaN;
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    static int epochDay(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
