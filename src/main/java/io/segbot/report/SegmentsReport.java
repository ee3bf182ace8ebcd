package io.segbot.report;

import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRecords.Segment;
import io.segbot.store.RunRepository;
import java.util.Comparator;
import java.util.List;

/** The {@code segments} report: RFM segments and k-means clusters of one run, with the R x F map. */
final class SegmentsReport {
    private SegmentsReport() {}

    static Report build(RunRepository runs, Run run) {
        List<Segment> segments = runs.segments(run.id());
        List<Segment> rfm = ReportParts.family(segments, "rfm");
        List<Segment> clusters = ReportParts.family(segments, "cluster");
        RunScan scan = RunScan.of(runs, run.id());
        return new Report(
                ReportKind.SEGMENTS,
                "Segments report: run " + run.id(),
                List.of(ReportParts.info(run)),
                summary(run, rfm),
                List.of(
                        table("RFM segments", run, rfm),
                        table(
                                "k-means clusters (k = " + run.k() + ", silhouette "
                                        + Formats.decimal(run.silhouette(), 3) + ")",
                                run,
                                clusters),
                        actions(segments)),
                List.of(
                        revenueShare(run, rfm, "revenue-share.png"),
                        customers(run, rfm),
                        RfmHeatMap.chart(run.id(), scan.rfCounts),
                        revenueShare(run, clusters, "cluster-revenue-share.png")),
                List.of(CsvExports.customers(
                        runs,
                        run,
                        null,
                        "customers.csv",
                        "every customer of run " + run.id() + " with R/F/M scores, segment, cluster, churn risk,"
                                + " CLV and value tier (" + ClvReport.rows(run.customers()) + ")")));
    }

    private static List<String> summary(Run run, List<Segment> rfm) {
        if (rfm.isEmpty()) {
            return List.of("The run has no customers.");
        }
        Segment topRevenue =
                rfm.stream().max(Comparator.comparingDouble(Segment::revenue)).orElseThrow();
        Segment largest =
                rfm.stream().max(Comparator.comparingInt(Segment::customers)).orElseThrow();
        return List.of(
                ReportParts.customers(run.customers()) + " in " + rfm.size() + " RFM segments and " + run.k()
                        + " k-means clusters.",
                "Most revenue comes from " + topRevenue.label() + ": " + Formats.percent(topRevenue.revenueShare())
                        + " of it from " + Formats.percent(ReportParts.share(topRevenue.customers(), run.customers()))
                        + " of customers.",
                largest.label() + " is the largest segment: " + ReportParts.customers(largest.customers()) + " ("
                        + Formats.percent(ReportParts.share(largest.customers(), run.customers())) + "), "
                        + Formats.percent(largest.revenueShare()) + " of revenue.");
    }

    static ReportTable table(String title, Run run, List<Segment> segments) {
        ReportTable.Builder table = ReportTable.builder(title)
                .text("Segment")
                .integer("Customers")
                .percent("Cust. share")
                .money("Revenue")
                .percent("Rev. share")
                .money("Avg monetary")
                .money("Avg CLV (1y)")
                .text("Churn L/M/H");
        for (Segment s : segments) {
            table.row(
                    ReportParts.name(s),
                    Formats.count(s.customers()),
                    Formats.percent(ReportParts.share(s.customers(), run.customers())),
                    Formats.money(s.revenue()),
                    Formats.percent(s.revenueShare()),
                    Formats.money(s.avgMonetary()),
                    Formats.money(s.avgClv()),
                    s.churnLow() + "/" + s.churnMedium() + "/" + s.churnHigh());
        }
        return table.build();
    }

    private static ReportTable actions(List<Segment> segments) {
        ReportTable.Builder table =
                ReportTable.builder("Recommended actions").text("Segment").text("Action");
        for (Segment s : segments) {
            s.recommendations().forEach(action -> table.row(ReportParts.name(s), action));
        }
        return table.build();
    }

    private static ChartImage revenueShare(Run run, List<Segment> segments, String fileName) {
        String family = segments.isEmpty() ? "rfm" : segments.get(0).family();
        String title = "Share of revenue by " + ReportParts.familyTitle(family) + " (run " + run.id() + ")";
        return Charts.bars(
                fileName,
                title,
                ReportParts.familyTitle(family),
                "Share of revenue (%)",
                segments.stream()
                        .map(s -> ReportParts.bar(s, 100 * s.revenueShare()))
                        .toList(),
                "0.0",
                "Bar chart, " + title + ": "
                        + ReportParts.list(
                                segments, s -> ReportParts.name(s) + " " + Formats.percent(s.revenueShare())));
    }

    private static ChartImage customers(Run run, List<Segment> rfm) {
        String title = "Customers by RFM segment (run " + run.id() + ")";
        return Charts.bars(
                "customers-by-segment.png",
                title,
                "RFM segment",
                "Customers (count)",
                rfm.stream().map(s -> ReportParts.bar(s, s.customers())).toList(),
                "#,##0",
                "Bar chart, " + title + ": "
                        + ReportParts.list(rfm, s -> s.label() + " " + Formats.count(s.customers())));
    }
}
