package io.segbot.mecerun;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.segbot.analytics.Progress;
import io.segbot.mece.Assignments;
import io.segbot.mece.BucketSize;
import io.segbot.mece.CartTable;
import io.segbot.mece.MeceConfig;
import io.segbot.mece.MeceRun;
import io.segbot.mece.MeceRunner;
import io.segbot.mece.SegmentScore;
import io.segbot.segmentation.AnalysisException;
import io.segbot.store.Database;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Loads cart abandoners (a stored dataset or a file), runs the MECE segmentation and stores the run
 * (failed or not) in one transaction, so replies and reports can quote it by run id.
 */
public final class MeceService {
    private final DatasetRepository datasets;
    private final CartAbandonerStore abandoners;
    private final MeceRunRepository runs;
    private final Clock clock;

    public MeceService(Database database, Clock clock) {
        this.datasets = new DatasetRepository(database);
        this.abandoners = new CartAbandonerStore(database);
        this.runs = new MeceRunRepository(database);
        this.clock = clock;
    }

    /**
     * @param dataset a dataset name, or null for the latest cart-abandoner dataset (ignored with a file)
     * @param file a cart-abandoner CSV to read directly (as of {@code asOf}), or null
     * @param config the configuration with any command-line overrides applied
     */
    public record Request(String dataset, Path file, LocalDate asOf, MeceConfig config) {
        public Request {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(config, "config");
        }
    }

    /** The stored run, where its data came from, and how long the run itself took. */
    public record Outcome(long runId, String source, MeceRun run, double runSeconds) {}

    /** Input loaded for a run. */
    public record Input(CartTable table, Long datasetId, String source, String checksum) {}

    public Outcome run(Request request) {
        return run(request, Progress.NONE);
    }

    /**
     * As {@link #run(Request)}, reporting seven steps: loading, the five of {@link MeceRunner} (universe,
     * tiers, buckets and fold, proof, scores), storing.
     */
    public Outcome run(Request request, Progress progress) {
        progress.report(1, 7, "loading cart abandoners", 0);
        Input input = load(request);
        return runOn(input, request, progress);
    }

    public Input load(Request request) {
        if (request.file() != null) {
            CartAbandonerImport.Loaded loaded = CartAbandonerImport.readFile(request.file(), request.asOf());
            return new Input(loaded.table(), null, request.file().toString(), loaded.checksum());
        }
        DatasetInfo dataset = resolve(request.dataset());
        CartTable.Builder table = new CartTable.Builder((int) Math.min(Integer.MAX_VALUE, dataset.rowsImported()));
        abandoners.forEach(dataset.id(), row -> table.add(CartAbandonerImport.fromRow(row)));
        return new Input(table.build(), dataset.id(), dataset.name(), null);
    }

    public Outcome runOn(Input input, Request request) {
        return runOn(input, request, Progress.NONE);
    }

    private Outcome runOn(Input input, Request request, Progress progress) {
        long started = System.nanoTime();
        MeceRun run = MeceRunner.run(input.table(), request.asOf(), request.config(), progress.phases(1, 7));
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.report(7, 7, "storing " + run.segments().size() + " segments", 0);
        long id = runs.save(
                record(input, run), segments(run.segments()), buckets(run.buckets()), assignments(run.assignments()));
        return new Outcome(id, input.source(), run, seconds);
    }

    private DatasetInfo resolve(String name) {
        if (name == null) {
            return datasets.latest(CartAbandonerImport.KIND)
                    .orElseThrow(() -> new AnalysisException("no cart-abandoner dataset yet: run 'segbot import"
                            + " cart-abandoners FILE' first, or pass a FILE to 'segbot mece run'"));
        }
        DatasetInfo dataset = datasets.findByName(name)
                .orElseThrow(() -> new AnalysisException("no dataset named '" + name + "'; see 'segbot datasets'"));
        if (!dataset.kind().equals(CartAbandonerImport.KIND)) {
            throw new AnalysisException("dataset '" + name + "' holds " + dataset.kind()
                    + ", not cart abandoners; import one with 'segbot import cart-abandoners FILE'");
        }
        return dataset;
    }

    private MeceRunRecords.Run record(Input input, MeceRun run) {
        return new MeceRunRecords.Run(
                0,
                input.datasetId(),
                input.source(),
                input.checksum(),
                clock.instant(),
                run.asOf(),
                run.universe().windowStart(),
                run.config().windowDays(),
                run.fold().minSize(),
                run.fold().maxSize(),
                json(MeceJson.parameters(run)),
                run.universe().rows(),
                run.universe().universe(),
                json(MeceJson.thresholds(run)),
                json(MeceJson.fold(run.fold())),
                json(MeceJson.proof(run.proof())),
                run.status(),
                json(MeceJson.strings(run.proof().failures())));
    }

    private static List<MeceRunRecords.Segment> segments(List<SegmentScore> scores) {
        return scores.stream()
                .map(s -> new MeceRunRecords.Segment(
                        s.rank(),
                        s.segment(),
                        s.rule(),
                        json(MeceJson.strings(s.combos())),
                        s.size(),
                        s.conversionPotential(),
                        s.lift().value(),
                        s.lift().method(),
                        s.lift().ciLow(),
                        s.lift().ciHigh(),
                        s.lift().treated(),
                        s.lift().treatedConverted(),
                        s.lift().control(),
                        s.lift().controlConverted(),
                        s.sizeShare(),
                        s.profitability(),
                        s.strategicFit(),
                        s.overallScore(),
                        s.valid()))
                .toList();
    }

    private static List<MeceRunRecords.Bucket> buckets(List<BucketSize> buckets) {
        return buckets.stream()
                .map(b -> new MeceRunRecords.Bucket(
                        b.combo(), b.rule(), b.size(), b.finalSegment().isEmpty() ? null : b.finalSegment()))
                .toList();
    }

    private static MeceRunRecords.AssignmentSource assignments(Assignments assignments) {
        return new MeceRunRecords.AssignmentSource() {
            @Override
            public int size() {
                return assignments.size();
            }

            @Override
            public String userId(int index) {
                return assignments.userId(index);
            }

            @Override
            public String bucketCombo(int index) {
                return assignments.assigned(index) ? assignments.combo(index) : null;
            }

            @Override
            public String finalSegment(int index) {
                return assignments.assigned(index) ? assignments.segment(index) : null;
            }
        };
    }

    static String json(Object node) {
        try {
            return MeceJson.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
