package io.segbot.report;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords;
import java.util.List;

/** The segment overview of a run as monospace tables: RFM segments, then k-means clusters. */
public final class SegmentTable {
    private SegmentTable() {}

    public static String render(RunRecords.Run run, List<SegmentProfile> segments) {
        StringBuilder out = new StringBuilder();
        out.append("Run ")
                .append(run.id())
                .append(" · dataset '")
                .append(run.dataset())
                .append("' · as of ")
                .append(run.asOf())
                .append(" · ")
                .append(Formats.count(run.customers()))
                .append(" customers · ")
                .append(Formats.money(run.revenue()))
                .append(" revenue\n\n");
        out.append("RFM segments\n")
                .append(table(segments, SegmentFamily.RFM.code(), false))
                .append('\n');
        out.append("k-means clusters (k = ")
                .append(run.k())
                .append(", silhouette ")
                .append(Formats.decimal(run.silhouette(), 3))
                .append(")\n")
                .append(table(segments, SegmentFamily.CLUSTER.code(), true));
        return out.toString();
    }

    static String table(List<SegmentProfile> segments, String family, boolean numbered) {
        return tableOf(segments, family, numbered).render();
    }

    /** The segments of one family ("rfm" or "cluster") as a table. */
    static TextTable tableOf(List<SegmentProfile> segments, String family, boolean numbered) {
        List<TextTable.Column> columns = new java.util.ArrayList<>();
        if (numbered) {
            columns.add(TextTable.Column.number("#"));
        }
        columns.addAll(List.of(
                TextTable.Column.text("Segment"),
                TextTable.Column.number("Customers"),
                TextTable.Column.number("Revenue"),
                TextTable.Column.number("Share"),
                TextTable.Column.number("Avg monetary"),
                TextTable.Column.number("Avg CLV (1y)"),
                TextTable.Column.text("Churn L/M/H")));
        boolean modelled = segments.stream().anyMatch(s -> s.family().equals(family) && s.predictedClv() != null);
        if (modelled) {
            columns.add(TextTable.Column.number("P(alive)"));
            columns.add(TextTable.Column.number("Pred. CLV (1y)"));
        }
        TextTable table = new TextTable(columns);
        for (SegmentProfile s : segments) {
            if (!s.family().equals(family)) {
                continue;
            }
            List<Object> cells = new java.util.ArrayList<>();
            if (numbered) {
                cells.add(s.key());
            }
            cells.addAll(List.of(
                    s.label(),
                    Formats.count(s.customers()),
                    Formats.money(s.revenue()),
                    Formats.percent(s.revenueShare()),
                    Formats.money(s.avgMonetary()),
                    Formats.money(s.avgClv()),
                    s.churnLow() + "/" + s.churnMedium() + "/" + s.churnHigh()));
            if (modelled) {
                cells.add(Formats.decimal(s.avgPAlive(), 2));
                cells.add(Formats.money(s.customers() == 0 ? 0 : s.predictedClv() / s.customers()));
            }
            table.row(cells.toArray());
        }
        return table;
    }
}
