package io.segbot.report;

import io.segbot.store.RunRecords.Run;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tables, summary and chart of the movement report, from a {@link SegmentMovement.Result}. */
final class MovementTables {
    /** Short column headings, so a 10 x 10 table fits a chat code block. */
    private static final Map<String, String> SHORT = Map.of(
            "Champions", "CH",
            "Loyal Customers", "LC",
            "Potential Loyalists", "PL",
            "New Customers", "NC",
            "Promising", "PR",
            "Need Attention", "NA",
            "About To Sleep", "AS",
            "At Risk", "AR",
            "Can't Lose Them", "CL",
            "Hibernating", "HI");

    /** The most rows of the "who slipped" table; the CSV has every customer. */
    static final int SLIPPED_ROWS = 40;

    private MovementTables() {}

    static String abbreviation(String label) {
        String fixed = SHORT.get(label);
        if (fixed != null) {
            return fixed;
        }
        int space = label.indexOf(' ');
        boolean numbered = space > 0 && label.substring(0, space).chars().allMatch(Character::isDigit);
        return numbered ? "#" + label.substring(0, space) : label.substring(0, Math.min(3, label.length()));
    }

    static ReportTable matrix(SegmentMovement.Result result, Run earlier, Run later) {
        ReportTable.Builder table = ReportTable.builder("Transitions: rows = segment in run " + earlier.id()
                        + ", columns = segment in run " + later.id())
                .text("Run " + earlier.id() + " \\ " + later.id());
        List<String> labels = result.labels();
        labels.forEach(label -> table.integer(abbreviation(label)));
        table.integer("left").integer("Total");
        for (int i = 0; i < labels.size(); i++) {
            List<Object> cells = new ArrayList<>();
            cells.add(labels.get(i));
            long total = result.left()[i];
            for (long count : result.counts()[i]) {
                cells.add(Formats.count(count));
                total += count;
            }
            cells.add(Formats.count(result.left()[i]));
            cells.add(Formats.count(total));
            table.row(cells.toArray());
        }
        List<Object> entered = new ArrayList<>();
        entered.add("(entered)");
        for (long count : result.entered()) {
            entered.add(Formats.count(count));
        }
        entered.add("");
        entered.add(Formats.count(java.util.Arrays.stream(result.entered()).sum()));
        table.row(entered.toArray());
        return table.build();
    }

    /** A move between two different segments and how many made it. */
    record Flow(String from, String to, long customers) {}

    static List<Flow> flows(SegmentMovement.Result result) {
        List<Flow> flows = new ArrayList<>();
        List<String> labels = result.labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                if (i != j && result.counts()[i][j] > 0) {
                    flows.add(new Flow(labels.get(i), labels.get(j), result.counts()[i][j]));
                }
            }
        }
        // largest first; ties in table order so the report is the same every time
        flows.sort(Comparator.comparingLong(Flow::customers).reversed());
        return flows;
    }

    static ReportTable largestMoves(SegmentMovement.Result result, int limit) {
        ReportTable.Builder table = ReportTable.builder("Largest moves")
                .text("From")
                .text("To")
                .integer("Customers")
                .percent("Of 'from'");
        for (Flow flow : flows(result).stream().limit(limit).toList()) {
            int from = result.labels().indexOf(flow.from());
            long fromTotal = java.util.Arrays.stream(result.counts()[from]).sum() + result.left()[from];
            table.row(
                    flow.from(),
                    flow.to(),
                    Formats.count(flow.customers()),
                    Formats.percent(ReportParts.share(flow.customers(), fromTotal)));
        }
        return table.build();
    }

    static ReportTable slipped(SegmentMovement.Result result, Set<String> healthy, Set<String> lapsing) {
        ReportTable.Builder table = ReportTable.builder("Who slipped from a healthy into a lapsing segment (top "
                        + MovementReport.EXAMPLES + " per move by current spend, largest moves first, at most "
                        + SLIPPED_ROWS + " rows; everyone is in movement.csv)")
                .text("Customer")
                .text("From")
                .text("To")
                .money("Spend before")
                .money("Spend now")
                .integer("Days since last order");
        for (Flow flow : flows(result)) {
            if (!healthy.contains(flow.from()) || !lapsing.contains(flow.to())) {
                continue;
            }
            for (SegmentMovement.Move move : result.examples(flow.from(), flow.to())) {
                if (table.rowCount() == SLIPPED_ROWS) {
                    return table.build();
                }
                table.row(
                        move.after().customerId(),
                        flow.from(),
                        flow.to(),
                        Formats.money(move.before().monetary()),
                        Formats.money(move.after().monetary()),
                        Formats.count(move.after().recencyDays()));
            }
        }
        return table.build();
    }

    static List<String> summary(
            SegmentMovement.Result result,
            Run earlier,
            Run later,
            String family,
            Set<String> healthy,
            Set<String> lapsing) {
        long both = result.inBoth();
        long moved = both - result.stayed();
        String what = family.equals("cluster") ? "cluster" : "RFM segment";
        List<String> lines = new ArrayList<>();
        lines.add(ReportParts.customers(both) + (both == 1 ? " is" : " are") + " in both runs; " + Formats.count(moved)
                + " ("
                + Formats.percent(ReportParts.share(moved, both)) + ") changed " + what + ", "
                + Formats.count(result.stayed()) + " stayed.");
        lines.add(Formats.count(java.util.Arrays.stream(result.entered()).sum()) + " entered (only in run "
                + later.id() + "), "
                + Formats.count(java.util.Arrays.stream(result.left()).sum())
                + " left (only in run " + earlier.id() + ").");
        flows(result).stream()
                .findFirst()
                .ifPresent(f -> lines.add("Largest move: " + f.from() + " to " + f.to() + ", "
                        + ReportParts.customers(f.customers()) + "."));
        if (family.equals("rfm")) {
            long slipped = flows(result).stream()
                    .filter(f -> healthy.contains(f.from()) && lapsing.contains(f.to()))
                    .mapToLong(Flow::customers)
                    .sum();
            lines.add(ReportParts.customers(slipped) + " slipped from a healthy segment ("
                    + String.join(", ", healthy.stream().sorted().toList()) + ") into a lapsing one ("
                    + String.join(", ", lapsing.stream().sorted().toList()) + ").");
        }
        List<String> legend = new ArrayList<>();
        result.labels().forEach(label -> legend.add(abbreviation(label) + " = " + label));
        lines.add("Columns of the transition table: " + String.join(", ", legend) + ".");
        return lines;
    }

    static ChartImage chart(SegmentMovement.Result result, Run earlier, Run later, String what) {
        String title = "Where each " + what + "'s customers went: run " + earlier.id() + " to run " + later.id();
        List<String> labels = result.labels();
        List<String> categories = new ArrayList<>(labels);
        categories.add(SegmentPalette.ENTERED);
        List<Charts.Stack> stacks = new ArrayList<>();
        for (int j = 0; j < labels.size(); j++) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                values.add((double) result.counts()[i][j]);
            }
            values.add((double) result.entered()[j]);
            stacks.add(new Charts.Stack(labels.get(j), color(labels.get(j)), values));
        }
        List<Double> left = new ArrayList<>();
        for (long count : result.left()) {
            left.add((double) count);
        }
        left.add(0.0);
        stacks.add(new Charts.Stack(SegmentPalette.LEFT, SegmentPalette.color(SegmentPalette.LEFT), left));
        List<String> described = new ArrayList<>();
        for (Flow flow : flows(result).stream().limit(5).toList()) {
            described.add(flow.from() + " to " + flow.to() + " " + Formats.count(flow.customers()));
        }
        return Charts.stacked(
                "movement.png",
                title,
                what + " in run " + earlier.id(),
                "Customers (count)",
                categories,
                stacks,
                "Stacked bar chart, " + title + "; each bar is split by the segment in run " + later.id()
                        + ". Largest moves: " + (described.isEmpty() ? "none" : String.join(", ", described)));
    }

    /** RFM labels keep their palette colour; "N label" cluster names take their cluster's. */
    private static Color color(String label) {
        String abbreviation = abbreviation(label);
        return abbreviation.startsWith("#")
                ? SegmentPalette.cluster(Integer.parseInt(abbreviation.substring(1)))
                : SegmentPalette.color(label);
    }
}
