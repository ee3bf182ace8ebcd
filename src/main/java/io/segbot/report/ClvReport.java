package io.segbot.report;

import io.segbot.analytics.Quantiles;
import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRecords.Segment;
import io.segbot.store.RunRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code clv} report: how customer lifetime value is spread, by segment and value tier, and who
 * holds the top decile. Uses the model's CLV (BG/NBD + Gamma-Gamma) when the run fitted it for every
 * customer, else the simple horizon CLV (average order value x purchase rate x horizon).
 */
final class ClvReport {
    private static final List<String> TIERS = List.of("Premium", "High", "Medium", "Low");

    private ClvReport() {}

    static Report build(RunRepository runs, Run run) {
        List<Segment> rfm = ReportParts.family(runs.segments(run.id()), "rfm");
        RunScan scan = RunScan.of(runs, run.id());
        int horizon = ReportParts.horizonDays(run);
        String simple = horizon == 365 ? "CLV (1y)" : "CLV (" + horizon + " days)";
        String measure = scan.hasPredictedClv() ? "predicted CLV (BG/NBD + Gamma-Gamma)" : simple;
        double[] clv = scan.clv();
        double[] sorted = clv.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(clv).sum();
        // top decile: the ceil(n/10) highest values, and any ties with the lowest of them
        double threshold = sorted.length == 0 ? 0 : sorted[sorted.length - (sorted.length + 9) / 10];
        long topCount = Arrays.stream(clv).filter(v -> v >= threshold).count();
        double topSum = Arrays.stream(clv).filter(v -> v >= threshold).sum();
        List<String> summary = new ArrayList<>();
        summary.add("Total " + measure + ": " + Formats.money(total) + " over " + ReportParts.customers(clv.length)
                + (clv.length == 0
                        ? "."
                        : ", median " + Formats.money(Quantiles.ofSorted(sorted, 0.5)) + ", 90th percentile "
                                + Formats.money(Quantiles.ofSorted(sorted, 0.9)) + "."));
        summary.add("The top 10% by CLV (" + ReportParts.customers(topCount) + ", CLV at least "
                + Formats.money(threshold) + ") hold " + Formats.percent(ReportParts.share(topSum, total))
                + " of it.");
        summary.add(
                scan.hasPredictedClv()
                        ? "CLV is the BG/NBD + Gamma-Gamma prediction (Fader, Hardie & Lee 2005) over the run's horizon."
                        : simple + " = average order value x purchase rate x " + horizon
                                + " days; purchase rate = orders /"
                                + " max(tenure, 90 days). No probabilistic model was fitted for this run.");
        return new Report(
                ReportKind.CLV,
                "CLV report: run " + run.id(),
                List.of(ReportParts.info(run)),
                summary,
                List.of(bySegment(rfm, scan, total, measure), byTier(scan, total)),
                List.of(ClvHistogram.chart(run.id(), clv, measure), shareChart(run, rfm, scan, total)),
                List.of(CsvExports.customers(
                        runs,
                        run,
                        c -> (scan.hasPredictedClv() ? c.predictedClv() : c.clvHorizon()) >= threshold,
                        "clv-top-decile.csv",
                        "the top 10% of customers by " + measure + " with all their scores (" + rows(topCount) + ")")));
    }

    static String rows(long count) {
        return Formats.count(count) + (count == 1 ? " row" : " rows");
    }

    private static ReportTable bySegment(List<Segment> rfm, RunScan scan, double total, String measure) {
        ReportTable.Builder table = ReportTable.builder("CLV by RFM segment")
                .text("Segment")
                .integer("Customers")
                .money("Avg CLV")
                .money("Total CLV")
                .percent("Share of CLV");
        for (Segment s : rfm) {
            double sum = scan.clvSum(ReportParts.scanKey(s));
            table.row(
                    s.label(),
                    Formats.count(s.customers()),
                    Formats.money(ReportParts.share(sum, s.customers())),
                    Formats.money(sum),
                    Formats.percent(ReportParts.share(sum, total)));
        }
        return table.build();
    }

    private static ReportTable byTier(RunScan scan, double total) {
        ReportTable.Builder table = ReportTable.builder("CLV by value tier (monetary quartile)")
                .text("Tier")
                .integer("Customers")
                .money("Avg CLV")
                .money("Total CLV")
                .percent("Share of CLV");
        for (String tier : TIERS) {
            int count = scan.count("tier:" + tier);
            double sum = scan.clvSum("tier:" + tier);
            table.row(
                    tier,
                    Formats.count(count),
                    Formats.money(ReportParts.share(sum, count)),
                    Formats.money(sum),
                    Formats.percent(ReportParts.share(sum, total)));
        }
        return table.build();
    }

    private static ChartImage shareChart(Run run, List<Segment> rfm, RunScan scan, double total) {
        String title = "Share of CLV by RFM segment (run " + run.id() + ")";
        return Charts.bars(
                "clv-share.png",
                title,
                "RFM segment",
                "Share of total CLV (%)",
                rfm.stream()
                        .map(s ->
                                ReportParts.bar(s, 100 * ReportParts.share(scan.clvSum(ReportParts.scanKey(s)), total)))
                        .toList(),
                "0.0",
                "Bar chart, " + title + ": "
                        + ReportParts.list(
                                rfm,
                                s -> s.label() + " "
                                        + Formats.percent(
                                                ReportParts.share(scan.clvSum(ReportParts.scanKey(s)), total))));
    }
}
