package io.segbot.report;

import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRecords.Segment;
import io.segbot.store.RunRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@code churn} report: the churn-risk mix of every segment and the customers at high risk. */
final class ChurnReport {
    private ChurnReport() {}

    static Report build(RunRepository runs, Run run) {
        List<Segment> segments = runs.segments(run.id());
        List<Segment> rfm = ReportParts.family(segments, "rfm");
        List<Segment> clusters = ReportParts.family(segments, "cluster");
        RunScan scan = RunScan.of(runs, run.id());
        int high = rfm.stream().mapToInt(Segment::churnHigh).sum();
        return new Report(
                ReportKind.CHURN,
                "Churn report: run " + run.id(),
                List.of(ReportParts.info(run)),
                summary(run, rfm, scan),
                List.of(
                        table("Churn risk by RFM segment", rfm, scan),
                        table("Churn risk by k-means cluster", clusters, scan)),
                List.of(mix(run, rfm, "churn-mix-rfm.png"), mix(run, clusters, "churn-mix-clusters.png")),
                List.of(CsvExports.customers(
                        runs,
                        run,
                        c -> c.churnRisk().equals("High"),
                        "churn-high-risk.csv",
                        "customers at high churn risk with all their scores (" + ClvReport.rows(high) + ")")));
    }

    private static List<String> summary(Run run, List<Segment> rfm, RunScan scan) {
        List<String> lines = new ArrayList<>();
        int[] counts = new int[3];
        double[] revenue = new double[3];
        for (Segment s : rfm) {
            counts[0] += s.churnLow();
            counts[1] += s.churnMedium();
            counts[2] += s.churnHigh();
            double[] bands = scan.churnRevenue.getOrDefault(ReportParts.scanKey(s), new double[3]);
            for (int b = 0; b < 3; b++) {
                revenue[b] += bands[b];
            }
        }
        for (int b = 2; b >= 0; b--) {
            lines.add(RunScan.BANDS[b] + " churn risk: " + ReportParts.customers(counts[b]) + " ("
                    + Formats.percent(ReportParts.share(counts[b], run.customers())) + "), "
                    + Formats.money(revenue[b]) + " of past revenue ("
                    + Formats.percent(ReportParts.share(revenue[b], run.revenue())) + ").");
        }
        rfm.stream()
                .filter(s -> s.churnHigh() > 0)
                .max(Comparator.comparingInt(Segment::churnHigh))
                .ifPresent(s -> lines.add("Most high-risk customers are in " + s.label() + ": "
                        + Formats.count(s.churnHigh()) + " of " + Formats.count(s.customers()) + "."));
        boolean model = rfm.stream().anyMatch(s -> s.avgPAlive() != null);
        lines.add(
                model
                        ? "Risk bands come from the BG/NBD probability of being alive: Low at 0.7 or above, Medium 0.3 to"
                                + " 0.7, High below 0.3."
                        : "Risk compares the days since the last order with the customer's usual gap between orders:"
                                + " Low up to 1.5 gaps, Medium up to 3, High beyond.");
        return lines;
    }

    private static ReportTable table(String title, List<Segment> segments, RunScan scan) {
        boolean model = segments.stream().anyMatch(s -> s.avgPAlive() != null);
        ReportTable.Builder table = ReportTable.builder(title)
                .text("Segment")
                .integer("Customers")
                .integer("Low")
                .integer("Medium")
                .integer("High")
                .percent("High share")
                .money("Revenue at high risk");
        if (model) {
            table.decimal("Avg P(alive)");
        }
        for (Segment s : segments) {
            List<Object> cells = new ArrayList<>(List.of(
                    ReportParts.name(s),
                    Formats.count(s.customers()),
                    Formats.count(s.churnLow()),
                    Formats.count(s.churnMedium()),
                    Formats.count(s.churnHigh()),
                    Formats.percent(ReportParts.share(s.churnHigh(), s.customers())),
                    Formats.money(scan.churnRevenue.getOrDefault(ReportParts.scanKey(s), new double[3])[2])));
            if (model) {
                cells.add(s.avgPAlive() == null ? "" : Formats.decimal(s.avgPAlive(), 3));
            }
            table.row(cells.toArray());
        }
        return table.build();
    }

    private static ChartImage mix(Run run, List<Segment> segments, String fileName) {
        String family = segments.isEmpty() ? "rfm" : segments.get(0).family();
        String title = "Churn-risk mix by " + ReportParts.familyTitle(family) + " (run " + run.id() + ")";
        List<Charts.Stack> stacks = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            int band = b;
            stacks.add(new Charts.Stack(
                    RunScan.BANDS[b] + " risk",
                    SegmentPalette.color(RunScan.BANDS[b]),
                    segments.stream()
                            .map(s -> 100 * ReportParts.share(counts(s)[band], s.customers()))
                            .toList()));
        }
        return Charts.stacked(
                fileName,
                title,
                ReportParts.familyTitle(family),
                "Customers in the segment (%)",
                segments.stream().map(ReportParts::name).toList(),
                stacks,
                "Stacked bar chart, " + title + ", share of the segment's customers at low/medium/high risk: "
                        + ReportParts.list(
                                segments,
                                s -> ReportParts.name(s) + " "
                                        + Formats.percent(ReportParts.share(s.churnLow(), s.customers())) + "/"
                                        + Formats.percent(ReportParts.share(s.churnMedium(), s.customers())) + "/"
                                        + Formats.percent(ReportParts.share(s.churnHigh(), s.customers()))));
    }

    private static int[] counts(Segment s) {
        return new int[] {s.churnLow(), s.churnMedium(), s.churnHigh()};
    }
}
