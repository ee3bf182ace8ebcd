package io.segbot.chat.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/** The top (or bottom) customers of a population by a key, with a bounded heap: O(n log limit). */
final class Lists {
    private Lists() {}

    static PlanResult top(QuestionPlan plan, OrderBook book, IntPredicate population) {
        QuestionPlan.ListSpec spec = plan.list();
        int from = plan.window() == null
                ? Integer.MIN_VALUE
                : PlanExecutor.epochDay(plan.window().from());
        int to = plan.window() == null
                ? Integer.MAX_VALUE
                : PlanExecutor.epochDay(plan.window().to());
        // best first: higher value, or lower when ascending; ties by customer id so lists are stable
        Comparator<PlanResult.Row> best = Comparator.comparingDouble(PlanResult.Row::value);
        if (!spec.ascending()) {
            best = best.reversed();
        }
        best = best.thenComparing(PlanResult.Row::customerId);
        PriorityQueue<PlanResult.Row> heap = new PriorityQueue<>(spec.limit() + 1, best.reversed());
        long matched = 0;
        for (int c = 0; c < book.customers(); c++) {
            if (!population.test(c)) {
                continue;
            }
            double spend = book.monetary()[c];
            long orders = book.frequency()[c];
            if (plan.window() != null) {
                spend = 0;
                orders = 0;
                for (int i = book.offsets()[c]; i < book.offsets()[c + 1]; i++) {
                    int day = book.orderDay()[i];
                    if (day >= from && day <= to) {
                        spend += book.orderAmount()[i];
                        orders++;
                    }
                }
                if (orders == 0) {
                    continue;
                }
            }
            matched++;
            double value =
                    switch (spec.by()) {
                        case SPEND -> spend;
                        case ORDERS -> orders;
                        case CLV -> book.clv()[c];
                        case PREDICTED_CLV -> book.predictedClv()[c];
                        case P_ALIVE -> book.pAlive()[c];
                        case RECENCY -> -book.recency()[c]; // most recent first: fewest days since the last order
                        case AOV -> orders == 0 ? 0 : spend / orders;
                    };
            heap.add(new PlanResult.Row(book.ids()[c], value, spend, orders));
            if (heap.size() > spec.limit()) {
                heap.poll();
            }
        }
        List<PlanResult.Row> rows = new ArrayList<>(heap);
        rows.sort(best);
        return new PlanResult(plan, new Tally(), null, List.of(), rows, matched, Double.NaN, null);
    }
}
