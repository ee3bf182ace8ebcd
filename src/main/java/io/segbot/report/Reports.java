package io.segbot.report;

import io.segbot.analytics.RfmSegment;
import io.segbot.mecerun.MeceRunRepository;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builds a report of a kind from stored runs: the one entry point for the CLI and schedules. */
public final class Reports {
    public static final List<String> KINDS = List.of("segments", "churn", "clv", "mece", "movement");

    private Reports() {}

    /**
     * @param run the run to report on (an analysis run, or a MECE run for {@code mece}); null for
     *     the latest
     * @param compare for {@code movement}: the earlier run; null for the run before {@code run}
     */
    public static Report build(Database database, String kind, Long run, Long compare) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.equals("mece")) {
            MeceRunRepository mece = new MeceRunRepository(database);
            var meceRun = (run == null ? mece.latest() : mece.find(run))
                    .orElseThrow(() -> new IllegalArgumentException(
                            run == null
                                    ? "no MECE run yet; run: segbot mece run --as-of DATE"
                                    : "no MECE run with id " + run));
            return MeceReport.of(mece, meceRun);
        }
        RunRepository runs = new RunRepository(database);
        RunRecords.Run target = (run == null ? runs.latest() : runs.find(run))
                .orElseThrow(() -> new IllegalArgumentException(
                        run == null ? "no analysis run yet; run: segbot analyze" : "no analysis run with id " + run));
        return switch (k) {
            case "segments" -> AnalysisReports.segments(runs, target);
            case "churn" -> AnalysisReports.churn(runs, target);
            case "clv" -> AnalysisReports.clv(runs, target);
            case "movement" -> Movement.report(runs, earlier(runs, target, compare), target, rfmOrder());
            default -> throw new IllegalArgumentException(
                    "unknown report kind '" + kind + "'; choose one of " + String.join(", ", KINDS));
        };
    }

    private static RunRecords.Run earlier(RunRepository runs, RunRecords.Run target, Long compare) {
        if (compare != null) {
            return runs.find(compare)
                    .orElseThrow(() -> new IllegalArgumentException("no analysis run with id " + compare));
        }
        return runs.list().stream()
                .filter(r -> r.id() < target.id() && r.datasetId() == target.datasetId())
                .reduce((a, b) -> b)
                .or(() -> runs.list().stream().filter(r -> r.id() < target.id()).reduce((a, b) -> b))
                .orElseThrow(() -> new IllegalArgumentException("movement needs two runs: run " + target.id()
                        + " has no earlier run to compare with; pass --compare RUN"));
    }

    static List<String> rfmOrder() {
        return Arrays.stream(RfmSegment.values()).map(RfmSegment::label).toList();
    }
}
