package io.segbot.report;

import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Who made a watched move (e.g. Champions to At Risk) between two runs: per move, the customers
 * with the highest spend in the later run, highest first (ties by customer id). Only customers of
 * the watched "from" segments of the earlier run are held in memory.
 */
final class Movers {
    /** One customer's move, with the figures a marketer acts on. */
    record Mover(String customerId, String from, String to, double spendBefore, double spendNow, int recencyDays) {}

    private static final Comparator<Mover> BY_SPEND =
            Comparator.comparingDouble(Mover::spendNow).thenComparing(Mover::customerId, Comparator.reverseOrder());

    private Movers() {}

    /** @param moves pairs {from, to}; the result has one (possibly empty) list per pair, in order */
    static Map<String, List<Mover>> top(RunRepository runs, long earlier, long later, List<String[]> moves, int limit) {
        Map<String, RunRecords.Customer> before = new HashMap<>();
        List<String> froms = moves.stream().map(m -> m[0]).toList();
        runs.forEachCustomer(earlier, null, null, c -> {
            if (froms.contains(c.rfmSegment())) {
                before.put(c.customerId(), c);
            }
        });
        Map<String, PriorityQueue<Mover>> queues = new LinkedHashMap<>();
        moves.forEach(m -> queues.put(key(m[0], m[1]), new PriorityQueue<>(BY_SPEND)));
        runs.forEachCustomer(later, null, null, c -> {
            RunRecords.Customer was = before.get(c.customerId());
            PriorityQueue<Mover> queue = was == null ? null : queues.get(key(was.rfmSegment(), c.rfmSegment()));
            if (queue != null) {
                queue.add(new Mover(
                        c.customerId(),
                        was.rfmSegment(),
                        c.rfmSegment(),
                        was.monetary(),
                        c.monetary(),
                        c.recencyDays()));
                if (queue.size() > limit) {
                    queue.poll();
                }
            }
        });
        Map<String, List<Mover>> out = new LinkedHashMap<>();
        queues.forEach((key, queue) -> {
            List<Mover> sorted = new ArrayList<>(queue);
            sorted.sort(BY_SPEND.reversed());
            out.put(key, List.copyOf(sorted));
        });
        return out;
    }

    static String key(String from, String to) {
        return from + " -> " + to;
    }

    /** The movers as one table, move by move. */
    static TextTable table(Map<String, List<Mover>> movers) {
        TextTable table = new TextTable(List.of(
                TextTable.Column.text("Customer"),
                TextTable.Column.text("From"),
                TextTable.Column.text("To"),
                TextTable.Column.number("Spend before"),
                TextTable.Column.number("Spend now"),
                TextTable.Column.number("Days since last order")));
        movers.values()
                .forEach(list -> list.forEach(m -> table.row(
                        m.customerId(),
                        m.from(),
                        m.to(),
                        Formats.money(m.spendBefore()),
                        Formats.money(m.spendNow()),
                        Formats.count(m.recencyDays()))));
        return table;
    }
}
