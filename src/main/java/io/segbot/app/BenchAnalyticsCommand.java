package io.segbot.app;

import io.segbot.analysis.AnalysisService;
import io.segbot.analytics.Clustering;
import io.segbot.analytics.CustomerAnalysis;
import io.segbot.analytics.CustomerMetrics;
import io.segbot.analytics.KMeans;
import io.segbot.ingest.ImportSummary;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.store.Database;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.random.Well19937c;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot bench analytics}: generate → import into H2 → analyse, timed step by step, plus
 * our k-means against Commons Math's on the same points, and optionally the pandas/scikit-learn
 * peer script on the same CSV.
 */
@Command(
        name = "analytics",
        mixinStandardHelpOptions = true,
        description = "Time import and analysis of a synthetic dataset (default 1M customers, ~10M orders).")
final class BenchAnalyticsCommand implements Callable<Integer> {
    @Option(
            names = "--customers",
            defaultValue = "1000000",
            paramLabel = "N",
            description = "customers; default ${DEFAULT-VALUE}")
    int customers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "seed; default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--yearly-rate",
            defaultValue = "14",
            paramLabel = "R",
            description = "mean purchases per active year; with --dropout-b 20 about 10 orders per customer")
    double yearlyRate;

    @Option(names = "--dropout-b", defaultValue = "20", paramLabel = "B", description = "dropout ~ Beta(1, B)")
    double dropoutB;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "where to write the CSV and database; default a temp dir")
    Path workDir;

    @Option(names = "--peer", description = "also run bench/peer_analytics.py (pandas + scikit-learn) on the same CSV")
    boolean peer;

    @Option(
            names = "--no-library-kmeans",
            description = "skip timing Commons Math KMeansPlusPlusClusterer on the same points")
    boolean skipLibraryKmeans;

    /** The heap `segbot analyze` is checked to complete in, as its own process. */
    static final int SMALL_HEAP_MB = 1024;

    @Override
    public Integer call() throws Exception {
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("segbot-bench");
        Path csv = dir.resolve("bench_transactions_" + customers + ".csv");
        long t0 = System.nanoTime();
        long rows;
        try (BufferedWriter writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            rows = TransactionGenerator.write(
                    new TransactionGenerator.Spec(customers, seed, LocalDate.of(2023, 1, 1), 730, yearlyRate, dropoutB),
                    writer);
        }
        double generateSeconds = seconds(t0);
        System.out.printf("generate   %,d customers, %,d rows in %.1f s%n", customers, rows, generateSeconds);
        double analysisSecondsForRatio = Double.NaN;
        Path dbFile = dir.resolve("bench-db-" + System.nanoTime());
        try (Database database = Database.open(dbFile)) {
            long t1 = System.nanoTime();
            ImportSummary summary = new Importer(database).importTransactions(Importer.Request.of(csv));
            double importSeconds = seconds(t1);
            System.out.printf(
                    "import     %,d rows in %.1f s = %,d rows/s into H2%n",
                    summary.rowsRead(), importSeconds, Math.round(summary.rowsRead() / importSeconds));
            AnalysisService service = new AnalysisService(database, Clock.systemUTC());
            long t2 = System.nanoTime();
            var dataset = new io.segbot.store.DatasetRepository(database)
                    .findByName(summary.dataset())
                    .orElseThrow();
            CustomerMetrics metrics = BenchSupport.load(service, dataset);
            double loadSeconds = seconds(t2);
            long t3 = System.nanoTime();
            CustomerAnalysis.Result result = CustomerAnalysis.run(
                    metrics,
                    new CustomerAnalysis.Options(
                            dataset.lastDate().plusDays(1), 365, Clustering.Options.auto(seed), null));
            double analysisSeconds = seconds(t3);
            analysisSecondsForRatio = analysisSeconds;
            System.out.printf("load       %,d customers from H2 in %.1f s%n", metrics.size(), loadSeconds);
            System.out.printf(
                    "analysis   RFM + k-means (auto k = %d, silhouette %.3f) + churn + CLV + tiers: %.1f s%n",
                    result.clusters().k(), result.clusters().silhouette(), analysisSeconds);
            long t4 = System.nanoTime();
            long runId = service.analyze(new AnalysisService.Request(summary.dataset(), null, 0, seed, 365))
                    .runId();
            System.out.printf(
                    "end to end segbot analyze (load + analysis + store run %d): %.1f s%n", runId, seconds(t4));
            if (!skipLibraryKmeans) {
                compareKMeans(metrics, result.clusters().k());
            }
        }
        System.out.printf(
                "peak heap  %,d MB used in this process (max %,d MB; includes garbage: G1 grows toward the maximum)%n",
                peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
        BenchSupport.analyzeInSmallHeap(dbFile, SMALL_HEAP_MB);
        if (peer) {
            double peerSeconds = BenchSupport.runPeer(csv);
            if (!Double.isNaN(peerSeconds)) {
                System.out.printf(
                        "ratio      pandas + scikit-learn analysis takes %.1fx as long as segbot's (%.1f s vs %.1f s)%n",
                        peerSeconds / analysisSecondsForRatio, peerSeconds, analysisSecondsForRatio);
            }
        }
        return 0;
    }

    private void compareKMeans(CustomerMetrics metrics, int k) {
        double[] points = Clustering.features(metrics);
        long ours = System.nanoTime();
        KMeans.Result fit = KMeans.fit(points, 3, k, 1, seed);
        double oursSeconds = seconds(ours);
        List<DoublePoint> boxed = new ArrayList<>(metrics.size());
        for (int i = 0; i < metrics.size(); i++) {
            boxed.add(new DoublePoint(new double[] {points[i * 3], points[i * 3 + 1], points[i * 3 + 2]}));
        }
        long library = System.nanoTime();
        List<CentroidCluster<DoublePoint>> clusters = new KMeansPlusPlusClusterer<DoublePoint>(
                        k, 100, new org.apache.commons.math3.ml.distance.EuclideanDistance(), new Well19937c(seed))
                .cluster(boxed);
        double librarySeconds = seconds(library);
        System.out.printf(
                "k-means    one fit, k = %d, %,d points: segbot %.2f s (%d iterations), Commons Math %.2f s"
                        + " (%d clusters): Commons Math takes %.1fx as long%n",
                k,
                metrics.size(),
                oursSeconds,
                fit.iterations(),
                librarySeconds,
                clusters.size(),
                librarySeconds / oursSeconds);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
