package io.segbot.report;

import io.segbot.mecerun.MeceRunRecords;
import io.segbot.mecerun.MeceRunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The {@code mece} report: a MECE run's proof status, segment table, sizes and scores. */
public final class MeceReport {
    private MeceReport() {}

    public static Report of(MeceRunRepository runs, MeceRunRecords.Run run) {
        List<MeceRunRecords.Segment> segments = runs.segments(run.id());
        return new Report(
                "mece",
                "Cart-abandonment segments of MECE run " + run.id(),
                "MECE run " + run.id() + " · " + run.source() + " · as of " + run.asOf(),
                summary(run),
                List.of(new Report.Section("Segments ranked by overall score", table(segments))),
                charts(segments),
                List.of(new Report.Attachment(
                        "mece-members.csv",
                        "every universe user with bucket and final segment",
                        out -> members(runs, run.id(), out))));
    }

    private static TextTable table(List<MeceRunRecords.Segment> segments) {
        TextTable table = new TextTable(List.of(
                TextTable.Column.number("#"),
                TextTable.Column.text("Segment"),
                TextTable.Column.text("Rule"),
                TextTable.Column.number("Users"),
                TextTable.Column.number("Share"),
                TextTable.Column.number("Conv."),
                TextTable.Column.number("Lift"),
                TextTable.Column.text("Lift method"),
                TextTable.Column.number("Profit."),
                TextTable.Column.number("Overall")));
        for (MeceRunRecords.Segment s : segments) {
            table.row(
                    s.rank(),
                    s.segment(),
                    s.rule(),
                    Formats.count(s.size()),
                    s.sizeShare() == null ? "" : Formats.percent(s.sizeShare()),
                    decimal(s.conversionPotential(), 3),
                    decimal(s.liftVsControl(), 2),
                    s.liftMethod(),
                    decimal(s.profitability(), 3),
                    Formats.decimal(s.overallScore(), 3));
        }
        return table;
    }

    private static List<String> summary(MeceRunRecords.Run run) {
        boolean passed = run.proofJson() != null && run.proofJson().contains("\"passed\":true");
        return List.of(
                Formats.count(run.universe()) + " users abandoned a cart between " + run.windowStart() + " and "
                        + run.asOf(),
                "MECE proof: "
                        + (passed
                                ? "passed (every user in exactly one segment; rules disjoint and covering)"
                                : "FAILED"),
                "status: " + run.status(),
                "lift: measured only with a control group in the data; otherwise estimated and labelled so");
    }

    private static List<Report.Chart> charts(List<MeceRunRecords.Segment> segments) {
        List<String> labels =
                segments.stream().map(MeceRunRecords.Segment::segment).toList();
        return List.of(
                new Report.Chart(
                        "mece-sizes.png",
                        "MECE segment sizes",
                        AltText.values(
                                "Bar chart of users per MECE segment",
                                labels,
                                segments,
                                seg -> Formats.count(seg.size())),
                        Charts.bars(
                                "MECE segment sizes",
                                "Segment",
                                "Users",
                                labels,
                                segments.stream()
                                        .map(MeceRunRecords.Segment::size)
                                        .toList())),
                new Report.Chart(
                        "mece-scores.png",
                        "MECE overall scores",
                        AltText.values(
                                "Bar chart of each MECE segment's overall score (0-1)",
                                labels,
                                segments,
                                seg -> Formats.decimal(seg.overallScore(), 3)),
                        Charts.bars(
                                "MECE overall score by segment",
                                "Segment",
                                "Overall score (0-1)",
                                labels,
                                segments.stream()
                                        .map(MeceRunRecords.Segment::overallScore)
                                        .toList())));
    }

    private static void members(MeceRunRepository runs, long runId, java.io.Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader("user_id", "bucket_combo", "final_segment")
                        .get())) {
            runs.forEachAssignment(runId, null, a -> {
                try {
                    // user ids come from the imported file: neutralise spreadsheet formulas (OWASP CSV injection)
                    csv.printRecord(
                            io.segbot.CsvCells.text(a.userId()),
                            io.segbot.CsvCells.text(a.bucketCombo()),
                            io.segbot.CsvCells.text(a.finalSegment()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String decimal(Double value, int places) {
        return value == null ? "" : Formats.decimal(value, places);
    }
}
