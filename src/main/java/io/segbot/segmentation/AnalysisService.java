package io.segbot.segmentation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.analytics.Clustering;
import io.segbot.analytics.CustomerAnalysis;
import io.segbot.analytics.CustomerHistory;
import io.segbot.analytics.CustomerMetrics;
import io.segbot.analytics.Progress;
import io.segbot.analytics.PurchaseColumns;
import io.segbot.analytics.SegmentProfile;
import io.segbot.store.Database;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import io.segbot.store.PurchaseStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads a stored dataset, runs the customer analysis and stores the run in one transaction, so
 * every figure a reply quotes later traces back to a run id and its parameters.
 */
public final class AnalysisService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STEPS = 5;

    private final DatasetRepository datasets;
    private final PurchaseStore purchases;
    private final RunRepository runs;
    private final CustomerLevelStore customerLevel;
    private final Clock clock;

    public AnalysisService(Database database, Clock clock) {
        this.datasets = new DatasetRepository(database);
        this.purchases = new PurchaseStore(database);
        this.runs = new RunRepository(database);
        this.customerLevel = new CustomerLevelStore(database);
        this.clock = clock;
    }

    /**
     * @param dataset a dataset name, or null for the latest transactions or customers dataset
     * @param asOf the as-of date, or null for the day after the last transaction
     * @param k a fixed number of clusters, or 0 to choose automatically
     */
    public record Request(String dataset, LocalDate asOf, int k, long seed, int horizonDays) {
        public Request {
            if (k < 0) {
                throw new IllegalArgumentException("--k must be 'auto' or a positive number, got " + k);
            }
            if (horizonDays < 1) {
                throw new IllegalArgumentException("--horizon-days must be at least 1, got " + horizonDays);
            }
        }
    }

    /** The stored run and the in-memory result it was made from. */
    public record Outcome(
            long runId, DatasetInfo dataset, LocalDate asOf, CustomerAnalysis.Result result, String modelSummary) {}

    /**
     * Receives how long each step of {@link #analyze(Request, StepClock)} took, so {@code bench
     * analytics} can time the same boundaries as its peers: {@code aggregate} (read the stored orders
     * and build per-customer metrics), {@code fit} (BG/NBD + Gamma-Gamma), {@code analysis} (RFM,
     * k-means, churn, CLV, tiers, profiles) and {@code store} (the run in one transaction). Called on
     * the analysing thread.
     */
    @FunctionalInterface
    public interface StepClock {
        StepClock NONE = (step, nanos) -> {};

        void step(String name, long nanos);
    }

    public Outcome analyze(Request request) {
        return analyze(request, Progress.NONE, StepClock.NONE);
    }

    /**
     * As {@link #analyze(Request)}, reporting five steps: reading the rows, fitting the CLV models,
     * RFM scores, clustering (each k tried), storing. Reporting changes no result.
     */
    public Outcome analyze(Request request, Progress progress) {
        return analyze(request, progress, StepClock.NONE);
    }

    /** As {@link #analyze(Request)}, timing each step for {@code bench analytics}. */
    public Outcome analyze(Request request, StepClock clock) {
        return analyze(request, Progress.NONE, clock);
    }

    public Outcome analyze(Request request, Progress progress, StepClock clock) {
        DatasetInfo dataset = resolve(request.dataset());
        progress.report(
                1,
                STEPS,
                String.format(Locale.ROOT, "reading %,d rows of %s", dataset.rowsImported(), dataset.name()),
                0);
        long started = System.nanoTime();
        Loaded loaded = load(dataset, request.asOf());
        started = lap(clock, "aggregate", started);
        if (loaded.metrics().size() == 0) {
            throw new AnalysisException("dataset '" + dataset.name() + "' has no customers to analyse");
        }
        Clustering.Options clustering = request.k() == 0
                ? Clustering.Options.auto(request.seed())
                : Clustering.Options.fixed(request.k(), request.seed());
        progress.report(
                2,
                STEPS,
                String.format(
                        Locale.ROOT,
                        "fitting BG/NBD + Gamma-Gamma to %,d customers",
                        loaded.metrics().size()),
                0);
        ModelStep model = loaded.history() == null
                ? ModelStep.skipped("a customer-level file has no purchase history to fit BG/NBD on")
                : ModelStep.run(loaded.history(), loaded.asOf(), request.horizonDays(), request.seed());
        started = lap(clock, "fit", started);
        CustomerAnalysis.Result result = CustomerAnalysis.run(
                loaded.metrics(),
                new CustomerAnalysis.Options(loaded.asOf(), request.horizonDays(), clustering, model.columns()),
                progress.phases(2, STEPS));
        started = lap(clock, "analysis", started);
        progress.report(
                5,
                STEPS,
                String.format(
                        Locale.ROOT, "storing %,d customers", loaded.metrics().size()),
                0);
        long runId = runs.save(
                runRecord(dataset, loaded.asOf(), request, result, model.json()),
                segments(result),
                RunMapping.columns(result));
        lap(clock, "store", started);
        return new Outcome(runId, dataset, loaded.asOf(), result, model.summary());
    }

    private static long lap(StepClock clock, String step, long started) {
        long now = System.nanoTime();
        clock.step(step, now - started);
        return now;
    }

    private DatasetInfo resolve(String name) {
        if (name != null) {
            return datasets.findByName(name)
                    .orElseThrow(() -> new AnalysisException("no dataset named '" + name
                            + "'; import one with: segbot import transactions FILE --dataset " + name));
        }
        return datasets.list().stream()
                .filter(d -> d.kind().equals("transactions") || d.kind().equals("customers"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AnalysisException(
                        "no dataset imported yet; run: segbot import transactions FILE (or segbot demo)"));
    }

    /** @param history the order history, or null for customer-level files */
    record Loaded(CustomerMetrics metrics, CustomerHistory history, LocalDate asOf) {}

    /** A dataset's customer metrics at {@code asOf} (null: the day after the last transaction). */
    public CustomerMetrics metrics(DatasetInfo dataset, LocalDate asOf) {
        return load(dataset, asOf).metrics();
    }

    Loaded load(DatasetInfo dataset, LocalDate requestedAsOf) {
        if (dataset.kind().equals("customers")) {
            LocalDate asOf = requestedAsOf != null
                    ? requestedAsOf
                    : dataset.importedAt().atZone(clock.getZone()).toLocalDate();
            return new Loaded(customerLevel.metrics(dataset.id()), null, asOf);
        }
        if (!dataset.kind().equals("transactions")) {
            throw new AnalysisException("dataset '" + dataset.name() + "' holds " + dataset.kind()
                    + "; segbot analyze needs a transactions or customers dataset");
        }
        if (dataset.lastDate() == null || dataset.rowsImported() == 0) {
            // Older segbots stored files whose every row was excluded as empty datasets.
            throw new AnalysisException("dataset '" + dataset.name() + "' is empty: none of its "
                    + dataset.rowsRead() + " rows was imported (see segbot datasets); import a file with orders,"
                    + " or choose another dataset with --dataset");
        }
        PurchaseColumns.Builder builder =
                new PurchaseColumns.Builder((int) Math.min(Integer.MAX_VALUE - 8, dataset.rowsImported()), (int)
                        Math.min(1 << 30, dataset.customers()));
        purchases.forEachNumbered(dataset.id(), builder::customer, builder::add);
        LocalDate asOf =
                requestedAsOf != null ? requestedAsOf : dataset.lastDate().plusDays(1);
        if (requestedAsOf != null && dataset.lastDate() != null && requestedAsOf.isBefore(dataset.lastDate())) {
            throw new AnalysisException("--as-of " + requestedAsOf + " is before the last transaction ("
                    + dataset.lastDate() + "); use a date on or after it");
        }
        CustomerHistory history = CustomerHistory.of(builder.build());
        return new Loaded(CustomerMetrics.of(history, asOf), history, asOf);
    }

    /**
     * A dataset that was analysed where it lives (segbot-spark), not imported: its orders stay in
     * their files, so the store holds its header and runs only.
     *
     * @param kind the stored dataset kind, for example "spark"
     * @param source the input path or URI
     * @param checksum 64 hex digits identifying the source (the engine's choice: a file's SHA-256 when
     *     it can read the bytes, else a hash of the URI)
     */
    public record ExternalDataset(
            String name,
            String kind,
            String source,
            String checksum,
            long rows,
            long customers,
            LocalDate firstDate,
            LocalDate lastDate,
            double revenue) {}

    /**
     * Stores a run computed by another engine exactly as {@link #analyze} stores its own, with the
     * dataset header in the same transaction: the run and its dataset appear together or not at all.
     * A dataset of the same name and kind gets another run (its header takes the new counts).
     *
     * @param engine extra run parameters naming the engine and its settings (e.g. the Gamma-Gamma sample)
     */
    public long storeExternal(
            ExternalDataset source,
            LocalDate asOf,
            Request request,
            CustomerAnalysis.Result result,
            String modelJson,
            java.util.Map<String, Object> engine) {
        DatasetInfo existing = datasets.findByName(source.name()).orElse(null);
        if (existing != null && !existing.kind().equals(source.kind())) {
            throw new AnalysisException("dataset '" + source.name() + "' already holds an imported " + existing.kind()
                    + " file; give this input another name with --dataset NAME");
        }
        return runs.database().inTransaction(c -> {
            long datasetId = existing != null
                    ? existing.id()
                    : datasets.create(c, source.name(), source.kind(), source.source(), source.checksum());
            datasets.complete(
                    c,
                    datasetId,
                    source.rows(),
                    source.rows(),
                    source.customers(),
                    source.firstDate(),
                    source.lastDate(),
                    source.revenue(),
                    "{}");
            DatasetInfo dataset = new DatasetInfo(
                    datasetId,
                    source.name(),
                    source.kind(),
                    source.source(),
                    source.checksum(),
                    clock.instant(),
                    source.rows(),
                    source.rows(),
                    source.customers(),
                    source.firstDate(),
                    source.lastDate(),
                    source.revenue(),
                    "{}");
            RunRecords.Run run = runRecord(dataset, asOf, request, result, modelJson, engine);
            return runs.save(c, run, segments(result), RunMapping.columns(result));
        });
    }

    private RunRecords.Run runRecord(
            DatasetInfo dataset, LocalDate asOf, Request request, CustomerAnalysis.Result result, String modelJson) {
        return runRecord(dataset, asOf, request, result, modelJson, java.util.Map.of());
    }

    private RunRecords.Run runRecord(
            DatasetInfo dataset,
            LocalDate asOf,
            Request request,
            CustomerAnalysis.Result result,
            String modelJson,
            java.util.Map<String, Object> engine) {
        ObjectNode parameters = JSON.createObjectNode();
        parameters.put("k", request.k() == 0 ? "auto" : Integer.toString(request.k()));
        parameters.put("seed", request.seed());
        parameters.put("horizon_days", request.horizonDays());
        parameters.set("recency_edges", JSON.valueToTree(result.rfm().recencyEdges()));
        parameters.set("monetary_edges", JSON.valueToTree(result.rfm().monetaryEdges()));
        parameters.set("silhouette_by_k", JSON.valueToTree(result.clusters().silhouetteByK()));
        engine.forEach((key, value) -> parameters.set(key, JSON.valueToTree(value)));
        return new RunRecords.Run(
                0,
                dataset.id(),
                dataset.name(),
                clock.instant(),
                asOf,
                parameters.toString(),
                result.metrics().size(),
                result.revenue(),
                result.clusters().k(),
                result.clusters().silhouette(),
                modelJson);
    }

    private static List<SegmentProfile> segments(CustomerAnalysis.Result result) {
        List<SegmentProfile> out = new ArrayList<>(result.rfmProfiles());
        out.addAll(result.clusterProfiles());
        return out;
    }

    public RunRepository runs() {
        return runs;
    }
}
