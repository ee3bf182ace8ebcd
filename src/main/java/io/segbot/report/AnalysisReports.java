package io.segbot.report;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The report kinds built from one analysis run: {@code segments}, {@code churn} and {@code clv}.
 * Each is a pure function of the stored run, so a report regenerates identically.
 */
public final class AnalysisReports {
    static final List<Color> CHURN_COLOURS = List.of(new Color(0x1B7837), new Color(0xFDB863), new Color(0xB2182B));

    private AnalysisReports() {}

    public static Report segments(RunRepository runs, RunRecords.Run run) {
        List<SegmentProfile> segments = runs.segments(run.id());
        List<SegmentProfile> rfm = family(segments, SegmentFamily.RFM.code());
        List<String> summary = List.of(
                Formats.count(run.customers()) + " customers, " + Formats.money(run.revenue()) + " revenue",
                "k-means: k = " + run.k() + ", silhouette " + Formats.decimal(run.silhouette(), 3),
                "largest RFM segment by revenue: " + largest(rfm).label() + " ("
                        + Formats.percent(largest(rfm).revenueShare()) + ")");
        return new Report(
                "segments",
                "Segments of run " + run.id(),
                source(run),
                summary,
                List.of(
                        new Report.Section(
                                "RFM segments", SegmentTable.tableOf(segments, SegmentFamily.RFM.code(), false)),
                        new Report.Section(
                                "k-means clusters",
                                SegmentTable.tableOf(segments, SegmentFamily.CLUSTER.code(), true))),
                segmentCharts(rfm, rfCounts(runs, run)),
                List.of(customers(runs, run)));
    }

    private static List<Report.Chart> segmentCharts(List<SegmentProfile> rfm, int[][] rf) {
        List<String> labels = rfm.stream().map(SegmentProfile::label).toList();
        return List.of(
                new Report.Chart(
                        "revenue-share.png",
                        "Revenue share by RFM segment",
                        AltText.values(
                                "Bar chart of each RFM segment's share of revenue",
                                labels,
                                rfm,
                                s -> Formats.percent(s.revenueShare())),
                        Charts.bars(
                                "Revenue share by RFM segment",
                                "RFM segment",
                                "Share of revenue (%)",
                                labels,
                                rfm.stream()
                                        .map(s -> round1(s.revenueShare() * 100))
                                        .toList())),
                new Report.Chart(
                        "customers.png",
                        "Customers by RFM segment",
                        AltText.values(
                                "Bar chart of customers per RFM segment",
                                labels,
                                rfm,
                                s -> Formats.count(s.customers())),
                        Charts.bars(
                                "Customers by RFM segment",
                                "RFM segment",
                                "Customers",
                                labels,
                                rfm.stream().map(SegmentProfile::customers).toList())),
                new Report.Chart("rfm-heatmap.png", "Customers by R and F score", rfAltText(rf), rfmHeatMap(rf)));
    }

    public static Report churn(RunRepository runs, RunRecords.Run run) {
        List<SegmentProfile> rfm = family(runs.segments(run.id()), SegmentFamily.RFM.code());
        return new Report(
                "churn",
                "Churn risk of run " + run.id(),
                source(run),
                churnSummary(rfm, run),
                List.of(new Report.Section("Churn risk by RFM segment", churnTable(rfm))),
                List.of(churnChart(rfm)),
                List.of(customers(runs, run)));
    }

    private static TextTable churnTable(List<SegmentProfile> rfm) {
        TextTable table = new TextTable(List.of(
                TextTable.Column.text("Segment"),
                TextTable.Column.number("Customers"),
                TextTable.Column.number("Low"),
                TextTable.Column.number("Medium"),
                TextTable.Column.number("High"),
                TextTable.Column.number("High share"),
                TextTable.Column.number("Revenue")));
        for (SegmentProfile s : rfm) {
            table.row(
                    s.label(),
                    Formats.count(s.customers()),
                    Formats.count(s.churnLow()),
                    Formats.count(s.churnMedium()),
                    Formats.count(s.churnHigh()),
                    Formats.percent(s.customers() == 0 ? 0 : (double) s.churnHigh() / s.customers()),
                    Formats.money(s.revenue()));
        }
        return table;
    }

    private static List<String> churnSummary(List<SegmentProfile> rfm, RunRecords.Run run) {
        int low = rfm.stream().mapToInt(SegmentProfile::churnLow).sum();
        int medium = rfm.stream().mapToInt(SegmentProfile::churnMedium).sum();
        int high = rfm.stream().mapToInt(SegmentProfile::churnHigh).sum();
        long n = Math.max(1, run.customers());
        return List.of(
                "churn risk: Low " + Formats.count(low) + " (" + Formats.percent((double) low / n) + "), Medium "
                        + Formats.count(medium) + " (" + Formats.percent((double) medium / n) + "), High "
                        + Formats.count(high)
                        + " (" + Formats.percent((double) high / n) + ")",
                ModelText.used(run.modelJson())
                        ? "bands: BG/NBD P(alive) for repeat buyers (Low >= 0.7, High < 0.3), the recency rule for one-time buyers"
                        : "bands: recency against each customer's own purchase cadence (Low <= 1.5 cycles, High > 3)"
                                + ModelText.whyNot(run.modelJson()));
    }

    private static Report.Chart churnChart(List<SegmentProfile> rfm) {
        byte[] chart = Charts.stacked(
                "Churn risk by RFM segment",
                "RFM segment",
                "Customers",
                rfm.stream().map(SegmentProfile::label).toList(),
                List.of("Low", "Medium", "High"),
                List.of(
                        rfm.stream().map(SegmentProfile::churnLow).toList(),
                        rfm.stream().map(SegmentProfile::churnMedium).toList(),
                        rfm.stream().map(SegmentProfile::churnHigh).toList()),
                CHURN_COLOURS);
        return new Report.Chart(
                "churn-mix.png",
                "Churn risk by RFM segment",
                AltText.values(
                        "Stacked bars of low/medium/high churn-risk customers per RFM segment",
                        rfm.stream().map(SegmentProfile::label).toList(),
                        rfm,
                        s -> s.churnLow() + "/" + s.churnMedium() + "/" + s.churnHigh()),
                chart);
    }

    public static Report clv(RunRepository runs, RunRecords.Run run) {
        List<SegmentProfile> rfm = family(runs.segments(run.id()), SegmentFamily.RFM.code());
        boolean modelled = rfm.stream().allMatch(s -> s.predictedClv() != null);
        ClvHistogram histogram = ClvHistogram.of(runs, run.id(), modelled);
        List<String> summary = List.of(
                (modelled
                                ? "predicted CLV (BG/NBD + Gamma-Gamma, discounted)"
                                : "one-year CLV (order value x purchase rate)")
                        + ": median " + Formats.money(histogram.median()) + ", total "
                        + Formats.money(histogram.total()),
                ModelText.describe(run.modelJson()));
        return new Report(
                "clv",
                "Customer lifetime value of run " + run.id(),
                source(run),
                summary,
                List.of(new Report.Section("CLV by RFM segment", clvTable(rfm, modelled))),
                List.of(clvChart(histogram, modelled)),
                List.of(customers(runs, run)));
    }

    private static TextTable clvTable(List<SegmentProfile> rfm, boolean modelled) {
        TextTable table = new TextTable(List.of(
                TextTable.Column.text("Segment"),
                TextTable.Column.number("Customers"),
                TextTable.Column.number("Avg CLV (1y)"),
                TextTable.Column.number("Avg CLV index"),
                TextTable.Column.number("Pred. CLV (1y)"),
                TextTable.Column.number("Pred. total")));
        for (SegmentProfile s : rfm) {
            table.row(
                    s.label(),
                    Formats.count(s.customers()),
                    Formats.money(s.avgClv()),
                    Formats.money(s.avgClvIndex()),
                    modelled ? Formats.money(s.predictedClv() / Math.max(1, s.customers())) : "n/a",
                    modelled ? Formats.money(s.predictedClv()) : "n/a");
        }
        return table;
    }

    private static Report.Chart clvChart(ClvHistogram histogram, boolean modelled) {
        return new Report.Chart(
                "clv-distribution.png",
                "CLV distribution",
                AltText.values(
                        "Histogram of customers by lifetime value",
                        histogram.bins(),
                        histogram.counts(),
                        n -> Formats.count(n)),
                Charts.histogram(
                        "Customer lifetime value distribution",
                        (modelled ? "Predicted CLV, one year" : "One-year CLV") + " ($)",
                        "Customers",
                        histogram.bins(),
                        histogram.counts()));
    }

    static String source(RunRecords.Run run) {
        return "run " + run.id() + " · dataset " + run.dataset() + " · as of " + run.asOf();
    }

    static List<SegmentProfile> family(List<SegmentProfile> segments, String family) {
        return segments.stream().filter(s -> s.family().equals(family)).toList();
    }

    private static SegmentProfile largest(List<SegmentProfile> segments) {
        return segments.stream()
                .max(java.util.Comparator.comparingDouble(SegmentProfile::revenue))
                .orElseThrow();
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** Customers by F score (first index) and R score (second), as the heat map takes them. */
    static int[][] rfCounts(RunRepository runs, RunRecords.Run run) {
        int[][] counts = new int[5][5];
        runs.forEachCustomer(run.id(), null, null, c -> counts[c.f() - 1][c.r() - 1]++);
        return counts;
    }

    /** The R x F counts in words, R5 (most recent) first, F1 to F5 in each row. */
    static String rfAltText(int[][] counts) {
        List<String> rows = new ArrayList<>();
        List<int[]> cells = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            int[] row = new int[5];
            for (int f = 1; f <= 5; f++) {
                row[f - 1] = counts[f - 1][r - 1];
            }
            rows.add("R" + r);
            cells.add(row);
        }
        return AltText.grid(
                "Heat map of customers by recency score R (rows, 5 = most recent) and frequency score F"
                        + " (columns F1 to F5)",
                rows,
                cells);
    }

    /** Counts of customers by R score (rows, 5 first) and F score (columns). */
    static byte[] rfmHeatMap(int[][] counts) {
        List<Integer> scores = List.of(1, 2, 3, 4, 5);
        return Charts.heatMap(
                "Customers by RFM score", "F score (frequency)", "R score (recency)", scores, scores, counts);
    }

    /** Every customer of the run with their scores, streamed. */
    static Report.Attachment customers(RunRepository runs, RunRecords.Run run) {
        return new Report.Attachment(
                "customers.csv",
                "every customer of run " + run.id() + " with RFM, cluster, churn, CLV and tier",
                out -> {
                    try (CustomerCsv csv = new CustomerCsv(out)) {
                        runs.forEachCustomer(run.id(), null, null, csv::write);
                    }
                });
    }

    static List<String> labels(List<SegmentProfile> segments) {
        return new ArrayList<>(segments.stream().map(SegmentProfile::label).toList());
    }
}
