package io.segbot.report;

import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Segment movement between two analysis runs, matching customers by id: how many moved from each
 * RFM segment to each other one, and who entered (only in the later run) or left (only in the
 * earlier). The transition counts add up to the customers present in both runs.
 *
 * @param transitions from-segment to (to-segment to count), RFM map order
 * @param entered customers only in the later run
 * @param left customers only in the earlier run
 */
public record Movement(Map<String, Map<String, Integer>> transitions, int entered, int left) {
    public static final String ENTERED = "(new)";

    /** Moves a team watches: valuable customers slipping towards churn. */
    static final List<String[]> WATCHED = List.of(
            new String[] {"Champions", "At Risk"},
            new String[] {"Loyal Customers", "At Risk"},
            new String[] {"Champions", "Can't Lose Them"},
            new String[] {"At Risk", "Hibernating"});

    /** Customers listed per watched move in the report text. */
    static final int MOVERS_SHOWN = 10;

    /** Counts transitions; the earlier run's customers are held in memory as id to segment. */
    public static Movement between(RunRepository runs, long earlier, long later, List<String> order) {
        Map<String, String> before = new HashMap<>();
        runs.forEachCustomer(earlier, null, null, c -> before.put(c.customerId(), c.rfmSegment()));
        Map<String, Map<String, Integer>> transitions = new LinkedHashMap<>();
        for (String from : order) {
            Map<String, Integer> row = new LinkedHashMap<>();
            order.forEach(to -> row.put(to, 0));
            transitions.put(from, row);
        }
        int[] entered = {0};
        runs.forEachCustomer(later, null, null, c -> {
            String from = before.remove(c.customerId());
            if (from == null) {
                entered[0]++;
            } else {
                transitions.computeIfAbsent(from, k -> new TreeMap<>()).merge(c.rfmSegment(), 1, Integer::sum);
            }
        });
        return new Movement(transitions, entered[0], before.size());
    }

    /** The {@code limit} largest moves between different segments, "Champions to At Risk 12, ...". */
    String largestMoves(List<String> order, int limit) {
        List<String[]> moves = new java.util.ArrayList<>();
        for (String from : order) {
            for (String to : order) {
                if (!from.equals(to) && count(from, to) > 0) {
                    moves.add(new String[] {from, to});
                }
            }
        }
        // stable sort: equal counts keep table order, so the text is the same every time
        moves.sort(java.util.Comparator.comparingInt((String[] m) -> count(m[0], m[1]))
                .reversed());
        List<String> parts = moves.stream()
                .limit(limit)
                .map(m -> m[0] + " to " + m[1] + " " + Formats.count(count(m[0], m[1])))
                .toList();
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    public int count(String from, String to) {
        return transitions.getOrDefault(from, Map.of()).getOrDefault(to, 0);
    }

    public int stayed() {
        int stayed = 0;
        for (Map.Entry<String, Map<String, Integer>> row : transitions.entrySet()) {
            stayed += row.getValue().getOrDefault(row.getKey(), 0);
        }
        return stayed;
    }

    public int matched() {
        return transitions.values().stream()
                .flatMap(row -> row.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** The transition table: rows are the earlier segment, columns the later. */
    public TextTable table(List<String> order) {
        List<TextTable.Column> columns = new java.util.ArrayList<>();
        columns.add(TextTable.Column.text("from \\ to"));
        order.forEach(to -> columns.add(TextTable.Column.number(abbreviate(to))));
        TextTable table = new TextTable(columns);
        for (String from : order) {
            Object[] cells = new Object[order.size() + 1];
            cells[0] = from;
            for (int i = 0; i < order.size(); i++) {
                cells[i + 1] = Formats.count(count(from, order.get(i)));
            }
            table.row(cells);
        }
        return table;
    }

    /** Column headings stay narrow enough for chat: "Can't Lose Them" becomes "CLT". */
    static String abbreviate(String label) {
        StringBuilder initials = new StringBuilder();
        for (String word : label.split(" ")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.toString();
    }

    /** The report: transition table, the biggest moves, a heat map, and the moved customers as CSV. */
    public static Report report(RunRepository runs, RunRecords.Run earlier, RunRecords.Run later, List<String> order) {
        Movement movement = between(runs, earlier.id(), later.id(), order);
        List<String> summary = new java.util.ArrayList<>(List.of(
                Formats.count(movement.matched()) + " customers in both runs: " + Formats.count(movement.stayed())
                        + " stayed in their segment, " + Formats.count(movement.matched() - movement.stayed())
                        + " moved",
                Formats.count(movement.entered()) + " entered (only in run " + later.id() + "), "
                        + Formats.count(movement.left()) + " left (only in run " + earlier.id() + ")"));
        for (String[] pair : WATCHED) {
            summary.add(pair[0] + " -> " + pair[1] + ": " + Formats.count(movement.count(pair[0], pair[1])));
        }
        int[][] counts = new int[order.size()][order.size()];
        for (int i = 0; i < order.size(); i++) {
            for (int j = 0; j < order.size(); j++) {
                counts[j][i] = movement.count(order.get(i), order.get(j));
            }
        }
        List<String> abbreviations = order.stream().map(Movement::abbreviate).toList();
        return new Report(
                "movement",
                "Segment movement from run " + earlier.id() + " to run " + later.id(),
                AnalysisReports.source(earlier) + " → " + AnalysisReports.source(later),
                summary,
                List.of(
                        new Report.Section(
                                "Customers by RFM segment: run " + earlier.id() + " (rows) to run " + later.id()
                                        + " (columns)",
                                movement.table(order)),
                        new Report.Section(
                                "Who moved (watched moves, top " + MOVERS_SHOWN
                                        + " each by current spend; all movers in moved-customers.csv)",
                                Movers.table(Movers.top(runs, earlier.id(), later.id(), WATCHED, MOVERS_SHOWN)))),
                List.of(new Report.Chart(
                        "movement.png",
                        "Segment movement",
                        "Heat map of customers moving between RFM segments; largest moves: "
                                + movement.largestMoves(order, 5),
                        Charts.heatMap(
                                "Segment movement, run " + earlier.id() + " to run " + later.id(),
                                "Segment in run " + later.id(),
                                "Segment in run " + earlier.id(),
                                abbreviations,
                                abbreviations,
                                counts))),
                List.of(new Report.Attachment(
                        "moved-customers.csv",
                        "customers whose RFM segment changed: id, segment in run " + earlier.id() + ", segment in run "
                                + later.id(),
                        out -> moved(runs, earlier.id(), later.id(), out))));
    }

    /** Streams the customers whose segment changed (the earlier run's ids are held in memory). */
    static void moved(RunRepository runs, long earlier, long later, java.io.Writer out) throws java.io.IOException {
        Map<String, String> before = new HashMap<>();
        runs.forEachCustomer(earlier, null, null, c -> before.put(c.customerId(), c.rfmSegment()));
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(
                out,
                org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader("customer_id", "from_segment", "to_segment")
                        .get())) {
            runs.forEachCustomer(later, null, null, c -> {
                String from = before.get(c.customerId());
                if (from != null && !from.equals(c.rfmSegment())) {
                    try {
                        csv.printRecord(
                                io.segbot.CsvCells.text(c.customerId()),
                                io.segbot.CsvCells.text(from),
                                io.segbot.CsvCells.text(c.rfmSegment()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        }
    }
}
