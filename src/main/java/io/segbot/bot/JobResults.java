package io.segbot.bot;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.render.Markdown;
import io.segbot.mece.SegmentScore;
import io.segbot.mecerun.MeceService;
import io.segbot.namingrun.NamingRecords;
import io.segbot.namingrun.NamingService;
import io.segbot.report.Formats;
import io.segbot.segmentation.AnalysisService;
import java.util.ArrayList;
import java.util.List;

/** The messages a finished job's progress line is replaced by. */
final class JobResults {
    private static final List<Part.Column> CLUSTERS = List.of(
            new Part.Column("#", Part.Align.RIGHT),
            new Part.Column("segment", Part.Align.LEFT),
            new Part.Column("customers", Part.Align.RIGHT),
            new Part.Column("revenue share", Part.Align.RIGHT),
            new Part.Column("avg spend", Part.Align.RIGHT));

    private JobResults() {}

    /** A run's k-means segments, most valuable first, as results and the Home tab show them. */
    static Part.Table clusterTable(String title, List<SegmentProfile> segments) {
        List<List<String>> rows = new ArrayList<>();
        for (SegmentProfile s : segments) {
            if (SegmentFamily.CLUSTER.matches(s.family())) {
                rows.add(List.of(
                        s.key(),
                        s.label(),
                        Formats.count(s.customers()),
                        Formats.percent(s.revenueShare()),
                        Formats.money(s.avgMonetary())));
            }
        }
        return new Part.Table(title, CLUSTERS, rows);
    }

    /**
     * @param rerun the command line that runs the same analysis again
     */
    static OutgoingMessage analysis(AnalysisService.Outcome outcome, List<SegmentProfile> segments, String rerun) {
        var result = outcome.result();
        String run = Long.toString(outcome.runId());
        return OutgoingMessage.builder()
                .heading("Analysis run " + run + " is ready")
                .markdown("**" + Formats.count(result.metrics().size()) + "** customers, **"
                        + Formats.money(result.revenue()) + "** revenue, **"
                        + result.clusters().k()
                        + "** k-means segments (silhouette "
                        + Formats.decimal(result.clusters().silhouette(), 2)
                        + "). Ask me about them, e.g. \"which segment should we prioritise for ROI?\"")
                .add(clusterTable("Segments of run " + run, segments))
                .add(new Part.Actions(List.of(
                        new Part.Action(Part.Actions.RERUN, "Re-run", rerun),
                        new Part.Action(Part.Actions.EXPORT_CSV, "Export CSV", "run " + run),
                        new Part.Action(Part.Actions.NAME_SEGMENTS, "Name segments", "name " + run))))
                .source("run " + run + " · dataset " + outcome.dataset().name() + " · as of " + outcome.asOf())
                .build();
    }

    static OutgoingMessage mece(MeceService.Outcome outcome, String rerun) {
        var run = outcome.run();
        List<List<String>> rows = new ArrayList<>();
        for (SegmentScore s : run.segments()) {
            rows.add(List.of(
                    Integer.toString(s.rank()),
                    s.segment(),
                    Formats.count(s.size()),
                    Formats.decimal(s.overallScore(), 3)));
        }
        boolean proved = run.proof().passed();
        return OutgoingMessage.builder()
                .heading("MECE run " + outcome.runId() + (proved ? " is ready" : " failed its proof"))
                .markdown("**" + Formats.count(run.universe().universe()) + "** cart abandoners in the window, **"
                        + run.segments().size() + "** segments; the MECE proof "
                        + (proved
                                ? "passed"
                                : "failed: "
                                        + Markdown.plain(
                                                String.join("; ", run.proof().failures())))
                        + ".")
                .add(new Part.Table(
                        "Segments ranked by overall score",
                        List.of(
                                new Part.Column("rank", Part.Align.RIGHT),
                                new Part.Column("segment", Part.Align.LEFT),
                                new Part.Column("users", Part.Align.RIGHT),
                                new Part.Column("score", Part.Align.RIGHT)),
                        rows))
                .add(new Part.Actions(List.of(
                        new Part.Action(Part.Actions.RERUN, "Re-run", rerun),
                        new Part.Action(Part.Actions.NAME_SEGMENTS, "Name segments", "name mece:" + outcome.runId()))))
                .source("MECE run " + outcome.runId() + " · " + outcome.source() + " · as of " + run.asOf())
                .build();
    }

    static OutgoingMessage naming(String target, NamingService.Outcome outcome) {
        List<List<String>> rows = new ArrayList<>();
        for (NamingRecords.Decision d : outcome.decisions()) {
            rows.add(List.of(d.segment(), d.chosenName(), d.method()));
        }
        return OutgoingMessage.builder()
                .heading("Names for " + target)
                .markdown("The jury (" + Markdown.plain(outcome.run().model()) + ") named **" + rows.size()
                        + "** segments; every vote is stored as naming run " + outcome.namingRunId() + ".")
                .add(new Part.Table(
                        "Chosen names",
                        List.of(
                                new Part.Column("segment", Part.Align.LEFT),
                                new Part.Column("name", Part.Align.LEFT),
                                new Part.Column("how", Part.Align.LEFT)),
                        rows))
                .add(juryVotes(outcome.decisions()))
                .source("naming run " + outcome.namingRunId() + " · " + target)
                .build();
    }

    /**
     * Every juror's proposal per segment with the judge's weighted score (0..10), the judge's pick
     * marked; a dropped proposal shows why instead of a score.
     */
    static Part.Table juryVotes(List<NamingRecords.Decision> decisions) {
        List<List<String>> rows = new ArrayList<>();
        for (NamingRecords.Decision d : decisions) {
            for (NamingRecords.Proposal p : d.proposals()) {
                String score = !p.valid()
                        ? "dropped: " + p.reason()
                        : p.weightedScore() == null
                                ? "not scored"
                                : String.format(java.util.Locale.ROOT, "%.1f", p.weightedScore());
                rows.add(List.of(
                        d.segment(),
                        p.persona(),
                        p.segmentName().isEmpty() ? "(none)" : p.segmentName(),
                        score,
                        p.persona().equals(d.judgePick()) ? "✓" : ""));
            }
        }
        return new Part.Table(
                "Jury votes (judge: " + judges(decisions) + ")",
                List.of(
                        new Part.Column("segment", Part.Align.LEFT),
                        new Part.Column("juror", Part.Align.LEFT),
                        new Part.Column("proposal", Part.Align.LEFT),
                        new Part.Column("score", Part.Align.RIGHT),
                        new Part.Column("pick", Part.Align.LEFT)),
                rows);
    }

    private static String judges(List<NamingRecords.Decision> decisions) {
        List<String> judges = decisions.stream()
                .map(NamingRecords.Decision::judge)
                .filter(judge -> judge != null && !judge.equals("none"))
                .distinct()
                .toList();
        return judges.isEmpty() ? "none" : String.join(", ", judges);
    }
}
