package io.segbot.chat.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The top (or bottom) customers of a population by a key, with a bounded heap: O(n log limit), and
 * a row is only made for a customer that beats the heap's worst. In a window, each customer's spend
 * and orders are summed from the window's orders read by day.
 */
final class Lists {
    private Lists() {}

    /** @param population who may be listed, null for everyone */
    static PlanResult top(QuestionPlan plan, OrderBook book, boolean[] population) {
        QuestionPlan.ListSpec spec = plan.list();
        // best first: higher value, or lower when ascending; ties by customer id so lists are stable
        Comparator<PlanResult.Row> best = Comparator.comparingDouble(PlanResult.Row::value);
        if (!spec.ascending()) {
            best = best.reversed();
        }
        best = best.thenComparing(PlanResult.Row::customerId);
        PriorityQueue<PlanResult.Row> heap = new PriorityQueue<>(spec.limit() + 1, best.reversed());
        double[] windowSpend = null;
        int[] windowOrders = null;
        if (plan.window() != null && book.hasOrders()) {
            OrderDays days = BookIndexes.of(book).days(book);
            int from = PlanExecutor.epochDay(plan.window().from());
            if (PlanExecutor.epochDay(plan.window().to()) >= days.lastDay) { // one read per customer
                long[] matched = {0};
                days.spendsToEnd(from, (c, spend, orders) -> {
                    if (population == null || population[c]) {
                        matched[0]++;
                        offer(heap, spec, book, c, spend, orders);
                    }
                });
                return result(plan, heap, best, matched[0]);
            }
        }
        if (plan.window() != null) {
            windowSpend = new double[book.customers()];
            windowOrders = new int[book.customers()];
            OrderDays days = BookIndexes.of(book).days(book);
            int end = days.endOf(PlanExecutor.epochDay(plan.window().to()));
            for (int i = days.startOf(PlanExecutor.epochDay(plan.window().from())); i < end; i++) {
                windowSpend[days.customer[i]] += days.amount[i];
                windowOrders[days.customer[i]]++;
            }
        }
        long matched = 0;
        for (int c = 0; c < book.customers(); c++) {
            if (windowOrders != null && windowOrders[c] == 0 || population != null && !population[c]) {
                continue;
            }
            double spend = windowSpend == null ? book.monetary()[c] : windowSpend[c];
            long orders = windowOrders == null ? book.frequency()[c] : windowOrders[c];
            matched++;
            offer(heap, spec, book, c, spend, orders);
        }
        return result(plan, heap, best, matched);
    }

    /** Adds customer c to the heap if it ranks before the worst row kept. */
    private static void offer(
            PriorityQueue<PlanResult.Row> heap,
            QuestionPlan.ListSpec spec,
            OrderBook book,
            int c,
            double spend,
            long orders) {
        double value = value(spec.by(), book, c, spend, orders);
        if (heap.size() == spec.limit() && !beats(value, book.ids()[c], heap.peek(), spec.ascending())) {
            return;
        }
        heap.add(new PlanResult.Row(book.ids()[c], value, spend, orders));
        if (heap.size() > spec.limit()) {
            heap.poll();
        }
    }

    private static PlanResult result(
            QuestionPlan plan, PriorityQueue<PlanResult.Row> heap, Comparator<PlanResult.Row> best, long matched) {
        List<PlanResult.Row> rows = new ArrayList<>(heap);
        rows.sort(best);
        return new PlanResult(plan, new Tally(), null, List.of(), rows, matched, Double.NaN, null);
    }

    private static double value(QuestionPlan.SortKey by, OrderBook book, int c, double spend, long orders) {
        return switch (by) {
            case SPEND -> spend;
            case ORDERS -> orders;
            case CLV -> book.clv()[c];
            case PREDICTED_CLV -> book.predictedClv()[c];
            case P_ALIVE -> book.pAlive()[c];
            case RECENCY -> -book.recency()[c]; // most recent first: fewest days since the last order
            case AOV -> orders == 0 ? 0 : spend / orders;
        };
    }

    /** Whether a customer ranks before the list's current worst row (the same order as the comparator). */
    private static boolean beats(double value, String id, PlanResult.Row worst, boolean ascending) {
        int byValue = Double.compare(value, worst.value());
        if (byValue != 0) {
            return ascending ? byValue < 0 : byValue > 0;
        }
        return id.compareTo(worst.customerId()) < 0;
    }
}
