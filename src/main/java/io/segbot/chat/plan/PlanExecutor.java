package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntPredicate;

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

    /** @param byDay null to read windows the cheaper way; true / false force one (tests compare them) */
    static PlanResult execute(QuestionPlan plan, OrderBook book, Boolean byDay) {
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
        IntPredicate customer = c -> true;
        if (plan.customerId() != null) {
            int index = BookIndexes.of(book).indexOf(book, plan.customerId());
            if (index < 0) {
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
            customer = c -> c == index;
        }
        IntPredicate population = and(customer, Populations.predicate(plan.filters(), plan.window(), book));
        boolean everyone = plan.customerId() == null && plan.filters().isEmpty();
        if (plan.kind() == QuestionPlan.Kind.LIST) {
            return Lists.top(plan, book, population, everyone);
        }
        Scan scan = new Scan(book, plan, measure, plan.window(), everyone);
        scan.byDay = byDay;
        Tally total = scan.run(population);
        Scan other = null;
        if (plan.versusWindow() != null) {
            other = new Scan(book, plan, measure, plan.versusWindow(), everyone);
        } else if (!plan.versusFilters().isEmpty()) {
            other = new Scan(book, plan, measure, plan.window(), false);
            population = and(customer, Populations.predicate(plan.versusFilters(), plan.window(), book));
        }
        Tally versus = null;
        if (other != null) {
            other.byDay = byDay;
            versus = other.run(population);
        }
        return new PlanResult(plan, total, versus, scan.groups(), List.of(), 0, scan.distribution(), null);
    }

    private static IntPredicate and(IntPredicate a, IntPredicate b) {
        return c -> a.test(c) && b.test(c);
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
