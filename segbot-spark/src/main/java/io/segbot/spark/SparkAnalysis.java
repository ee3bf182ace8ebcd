package io.segbot.spark;

import io.segbot.analytics.ChurnRules;
import io.segbot.analytics.Clustering;
import io.segbot.analytics.CustomerAnalysis;
import io.segbot.analytics.RfmScores;
import io.segbot.analytics.clv.ClvOptions;
import io.segbot.analytics.clv.LifetimeValue;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.ModelStep;
import io.segbot.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * segbot's analysis on Apache Spark, for order histories too big for one machine. The definitions
 * are the core's ({@code io.segbot.analytics}), called per customer or per quantile edge; Spark
 * distributes the grouping, the sorts behind the type-7 edges and F's ranks, the scoring, the
 * BG/NBD triple counts and predictions and k-means (MLlib). The per-customer results are streamed to
 * the driver partition by partition and stored as one run in one transaction, like an in-process
 * run: it appears when every partition has been written, or not at all.
 */
public final class SparkAnalysis {
    private SparkAnalysis() {}

    /**
     * @param input a CSV (with a header) or Parquet path or URI in segbot's transactions shape
     * @param dataset the stored dataset's name, or null for the input's base name
     * @param asOf the as-of date, or null for the day after the last transaction
     * @param k a fixed number of clusters, or 0 to choose by silhouette
     */
    public record Request(String input, String dataset, LocalDate asOf, int k, long seed, int horizonDays) {
        public Request {
            Objects.requireNonNull(input, "input");
            if (k < 0) {
                throw new IllegalArgumentException("--k must be 'auto' or a positive number, got " + k);
            }
            if (horizonDays < 1) {
                throw new IllegalArgumentException("--horizon-days must be at least 1, got " + horizonDays);
            }
        }

        String datasetName() {
            if (dataset != null) {
                return dataset.strip();
            }
            String base = input.replaceAll("/+$", "");
            base = base.substring(base.lastIndexOf('/') + 1);
            int dot = base.indexOf('.');
            return dot > 0 ? base.substring(0, dot) : base;
        }
    }

    /** The computed run before it is stored. */
    public record Computed(
            CustomerAnalysis.Result result,
            ModelStep model,
            LocalDate asOf,
            AnalysisService.ExternalDataset source,
            Map<String, Object> engine) {}

    /** Runs the analysis and stores it; returns the run id. */
    public static long run(
            SparkSession spark, Request request, Database database, Clock clock, StageProgress progress) {
        Computed computed = compute(spark, request, progress);
        progress.step(
                8,
                "storing "
                        + String.format(
                                Locale.ROOT, "%,d", computed.result().metrics().size()) + " customers");
        return new AnalysisService(database, clock)
                .storeExternal(
                        computed.source(),
                        computed.asOf(),
                        new AnalysisService.Request(
                                computed.source().name(),
                                computed.asOf(),
                                request.k(),
                                request.seed(),
                                request.horizonDays()),
                        computed.result(),
                        computed.model().json(),
                        computed.engine());
    }

    public static Computed compute(SparkSession spark, Request request, StageProgress progress) {
        progress.step(1, "reading " + request.input());
        Orders.Read read = Orders.read(spark, request.input());
        JavaRDD<OrderLine> lines = read.lines().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Tuple2<Long, Integer> rowsAndLastDay = lines.map(l -> new Tuple2<>(1L, l.day))
                    .fold(
                            new Tuple2<>(0L, Integer.MIN_VALUE),
                            (a, b) -> new Tuple2<>(a._1() + b._1(), Math.max(a._2(), b._2())));
            Orders.checkReadable(read.unreadable().value(), request.input());
            if (rowsAndLastDay._1() == 0) {
                throw new SparkJobException(request.input() + " holds no orders");
            }
            LocalDate lastDay = LocalDate.ofEpochDay(rowsAndLastDay._2());
            LocalDate asOf = request.asOf() != null ? request.asOf() : lastDay.plusDays(1);
            if (asOf.isBefore(lastDay)) {
                throw new SparkJobException("--as-of " + asOf + " is before the last transaction (" + lastDay
                        + "); use a date on or after it");
            }
            progress.step(2, "grouping orders by customer");
            JavaRDD<CustomerRecord> customers =
                    CustomerPass.customers(lines, asOf).persist(StorageLevel.MEMORY_AND_DISK());
            long n = customers.count();
            lines.unpersist(false);
            Computed computed = analyse(spark, request, customers, n, asOf, rowsAndLastDay._1(), progress);
            customers.unpersist(false);
            return computed;
        } finally {
            lines.unpersist(false);
        }
    }

    /**
     * SHA-256 of the input's URI, standing in for the file checksum the store keeps: hashing the bytes
     * of a cluster-sized input would cost a full extra read.
     */
    static String sourceHash(String input) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("spark-input:" + input).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Computed analyse(
            SparkSession spark,
            Request request,
            JavaRDD<CustomerRecord> customers,
            long n,
            LocalDate asOf,
            long rows,
            StageProgress progress) {
        progress.step(3, String.format(Locale.ROOT, "RFM edges of %,d customers", n));
        double[] recencyEdges =
                OrderStatistics.quantiles(customers.map(c -> (double) c.recencyDays), n, RfmScores.QUINTILES);
        double[] monetary =
                OrderStatistics.quantiles(customers.map(c -> c.monetary), n, 0.2, 0.4, 0.6, 0.8, 0.25, 0.5, 0.75);
        JavaRDD<Double> cadences = customers
                .map(c -> ChurnRules.ownCadence(c.frequency, c.firstDay, c.lastDay))
                .filter(cadence -> cadence > 0);
        long repeat = cadences.count();
        double population =
                repeat == 0 ? 1 : ChurnRules.populationCadence(OrderStatistics.quantiles(cadences, repeat, 0.5)[0]);
        Scoring scoring = new Scoring(
                recencyEdges,
                Arrays.copyOfRange(monetary, 0, 4),
                Arrays.copyOfRange(monetary, 4, 7),
                population,
                (int) asOf.toEpochDay(),
                request.horizonDays(),
                n);
        progress.step(4, String.format(Locale.ROOT, "scoring %,d customers", n));
        JavaRDD<CustomerRecord> scored = scoring.score(customers).persist(StorageLevel.MEMORY_AND_DISK());
        scored.count();
        progress.step(5, "fitting BG/NBD on grouped (x, t_x, T) and Gamma-Gamma on a sample");
        ClvOptions options = new ClvOptions(
                new LifetimeValue(request.horizonDays(), LifetimeValue.DEFAULT.yearlyDiscountRate()),
                ClvOptions.DEFAULT.gate(),
                ClvOptions.DEFAULT.fit().withSeed(request.seed()));
        ModelPass.Outcome model = ModelPass.fit(scored, options);
        JavaRDD<CustomerRecord> predicted =
                model.models() == null ? scored : ModelPass.predict(scored, model.models(), options.lifetimeValue());
        progress.step(6, String.format(Locale.ROOT, "clustering %,d customers (MLlib k-means||)", n));
        Clustering.Options clustering = request.k() == 0
                ? Clustering.Options.auto(request.seed())
                : Clustering.Options.fixed(request.k(), request.seed());
        if (request.k() > n) {
            throw new SparkJobException(
                    "--k " + request.k() + " asks for more clusters than the " + n + " customers in the dataset");
        }
        Clusters.Fit clusters = Clusters.fit(spark, scored, n, clustering);
        var kmeans = clusters.model();
        var scale = clusters.scale();
        JavaRDD<CustomerRecord> assigned = predicted.map(c -> {
            c.cluster = kmeans.predict(scale.apply(c.features));
            return c;
        });
        progress.step(7, String.format(Locale.ROOT, "collecting %,d customers to the driver", n));
        DriverColumns columns = DriverColumns.collect(assigned, n, model.models() != null, scoring);
        scored.unpersist(false);
        Map<String, Object> engine = new LinkedHashMap<>();
        engine.put("engine", "spark");
        engine.put("spark_version", spark.version());
        engine.put("spark_master", spark.sparkContext().master());
        engine.put("input", request.input());
        engine.put("silhouette_distance", "squared Euclidean (MLlib ClusteringEvaluator)");
        engine.put(
                "gamma_gamma_sample",
                model.models() == null ? null : model.models().spendCustomers());
        ModelStep step = columns.modelStep(model);
        CustomerAnalysis.Result result = columns.result(clusters, step);
        AnalysisService.ExternalDataset source = new AnalysisService.ExternalDataset(
                request.datasetName(),
                "spark",
                request.input(),
                sourceHash(request.input()),
                rows,
                n,
                columns.firstDate(),
                columns.lastDate(),
                result.revenue());
        return new Computed(result, step, asOf, source, engine);
    }
}
