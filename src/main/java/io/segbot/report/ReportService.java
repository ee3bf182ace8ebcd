package io.segbot.report;

import io.segbot.store.Database;
import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds reports from stored runs. Every report is a function of the run(s) it names: building the
 * same request again gives the same text, charts and files. Thread-safe (stateless over the
 * thread-safe {@link Database}); blocking (reads the database); arguments never null unless stated.
 */
public final class ReportService {
    private final RunRepository runs;

    public ReportService(Database database) {
        this.runs = new RunRepository(database);
    }

    /**
     * @param runId the run to report on, or null for the latest (of {@code dataset} when given)
     * @param compareRunId for {@code movement}: the earlier run, or null for the latest run before
     *     {@code runId} (of the same dataset when there is one)
     * @param by for {@code movement}: "rfm" (RFM segments) or "cluster" (k-means clusters)
     * @param dataset a dataset name to pick the latest run of, or null for any
     */
    public record Request(ReportKind kind, Long runId, Long compareRunId, String by, String dataset) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            by = by == null ? "rfm" : by;
            if (!by.equals("rfm") && !by.equals("cluster")) {
                throw new IllegalArgumentException("--by must be rfm or cluster, got '" + by + "'");
            }
        }

        public static Request of(ReportKind kind) {
            return new Request(kind, null, null, null, null);
        }
    }

    public Report build(Request request) {
        Run run = request.runId() != null ? require(request.runId()) : latest(request.dataset());
        return switch (request.kind()) {
            case SEGMENTS -> SegmentsReport.build(runs, run);
            case CHURN -> ChurnReport.build(runs, run);
            case CLV -> ClvReport.build(runs, run);
            case MOVEMENT -> MovementReport.build(runs, earlier(run, request.compareRunId()), run, request.by());
            case MECE -> throw new IllegalArgumentException(
                    "the mece report needs stored MECE runs, which this build does not have yet");
        };
    }

    private Run require(long id) {
        return runs.find(id)
                .orElseThrow(() ->
                        new IllegalArgumentException("no run with id " + id + "; list runs with: segbot datasets"));
    }

    private Run latest(String dataset) {
        List<Run> all = runs.list();
        return all.stream()
                .filter(r -> dataset == null || r.dataset().equals(dataset))
                .max(Comparator.comparingLong(Run::id))
                .orElseThrow(() -> new IllegalArgumentException(
                        dataset == null
                                ? "no analysis run yet; run: segbot analyze"
                                : "no analysis run of dataset '" + dataset + "' yet; run: segbot analyze --dataset "
                                        + dataset));
    }

    /**
     * The run to compare with: the given one, else the latest earlier run of the same dataset, else
     * the latest earlier run of any dataset (a new export imported under a new name).
     */
    private Run earlier(Run later, Long compareRunId) {
        if (compareRunId != null) {
            return require(compareRunId);
        }
        List<Run> before = runs.list().stream().filter(r -> r.id() < later.id()).toList();
        return before.stream()
                .filter(r -> r.datasetId() == later.datasetId())
                .max(Comparator.comparingLong(Run::id))
                .or(() -> before.stream().max(Comparator.comparingLong(Run::id)))
                .orElseThrow(
                        () -> new IllegalArgumentException(
                                "run " + later.id()
                                        + " is the first run; movement needs an earlier run: analyse again later, or pass --compare RUN"));
    }
}
