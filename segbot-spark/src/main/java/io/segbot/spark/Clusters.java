package io.segbot.spark;

import io.segbot.analytics.Clustering;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.mllib.clustering.KMeans;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.StatCounter;

/**
 * k-means through MLlib on the core's features ({@link Clustering#rawFeatures}: recency, log1p
 * frequency, log1p monetary, each z-scored with the population mean and standard deviation). As
 * in-process: k = minK..maxK is fitted on a seeded sample, k is chosen by the highest mean silhouette
 * on a seeded sub-sample, and the chosen k is refitted on every customer from the sample's centroids.
 * Each k gets one k-means|| start (Bahmani et al. 2012: MLlib's parallel k-means++ with
 * oversampling), where the in-process engine takes the best of several k-means++ restarts: every
 * MLlib fit is dozens of Spark jobs, so restarts would multiply the clustering time.
 *
 * <p>MLlib's {@link ClusteringEvaluator} computes the silhouette with squared Euclidean distance
 * (its default and the only measure it computes in linear time), where the in-process engine uses
 * Euclidean distance (Rousseeuw 1987). Both pick k by the same rule; their values are not
 * interchangeable, and the run's parameters say which one a figure is.
 */
final class Clusters {
    /** The sample fits: MLlib's defaults (stop when no centroid moves more than 1e-4). */
    private static final int SAMPLE_ITERATIONS = 20;

    private static final double SAMPLE_EPSILON = 1e-4;
    /** The full fit from the sample's centroids runs to a tighter stop, as the in-process one does. */
    private static final int MAX_ITERATIONS = 100;

    private static final double EPSILON = 1e-6;

    private Clusters() {}

    /** The chosen k, the silhouette of each k tried and of the final fit, and the final model. */
    record Fit(
            int k,
            double silhouette,
            Map<Integer, Double> silhouetteByK,
            KMeansModel model,
            int iterations,
            Standardiser scale) {}

    /** Population mean and standard deviation of each raw feature; a constant feature maps to 0. */
    record Standardiser(double[] mean, double[] sd) implements Serializable {
        Vector apply(double[] raw) {
            double[] z = new double[raw.length];
            for (int d = 0; d < raw.length; d++) {
                z[d] = sd[d] > 0 ? (raw[d] - mean[d]) / sd[d] : 0;
            }
            return Vectors.dense(z);
        }
    }

    static Fit fit(SparkSession spark, JavaRDD<CustomerRecord> scored, long n, Clustering.Options options) {
        Standardiser scale = standardiser(scored);
        JavaRDD<Vector> points = scored.map(c -> scale.apply(c.features)).cache();
        try {
            double fraction = Math.min(1.0, (double) options.sampleSize() / n);
            // A sample of at most 20,000 points in one partition: one task per Spark job instead of many.
            JavaRDD<Vector> sample = (fraction < 1 ? points.sample(false, fraction, options.seed()) : points)
                    .coalesce(1)
                    .cache();
            long sampleN = sample.count();
            double silhouetteFraction = Math.min(1.0, (double) options.silhouetteSample() / sampleN);
            JavaRDD<Vector> silhouetteSample =
                    silhouetteFraction < 1 ? sample.sample(false, silhouetteFraction, options.seed() + 1) : sample;
            List<Vector> silhouettePoints = silhouetteSample.collect();
            Map<Integer, Double> byK = new LinkedHashMap<>();
            KMeansModel best;
            if (options.k() > 0) {
                best = sampleFit(sample, options.k(), options);
            } else {
                int maxK = (int) Math.max(options.minK(), Math.min(options.maxK(), sampleN - 1));
                best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int k = options.minK(); k <= maxK; k++) {
                    KMeansModel model = sampleFit(sample, k, options);
                    double score = silhouette(spark, model, silhouettePoints);
                    byK.put(k, score);
                    if (score > bestScore + 1e-12) {
                        bestScore = score;
                        best = model;
                    }
                }
            }
            KMeansModel full = new KMeans()
                    .setK(best.k())
                    .setInitialModel(best)
                    .setMaxIterations(MAX_ITERATIONS)
                    .setEpsilon(EPSILON)
                    .run(points.rdd());
            sample.unpersist(false);
            return new Fit(full.k(), silhouette(spark, full, silhouettePoints), byK, full, full.numIter(), scale);
        } finally {
            points.unpersist(false);
        }
    }

    private static Standardiser standardiser(JavaRDD<CustomerRecord> scored) {
        double[] mean = new double[3];
        double[] sd = new double[3];
        for (int d = 0; d < 3; d++) {
            int dim = d;
            StatCounter stats = scored.mapToDouble(c -> c.features[dim]).stats();
            mean[d] = stats.mean();
            sd[d] = stats.popStdev();
        }
        return new Standardiser(mean, sd);
    }

    /** One k-means|| fit of the sample, seeded from the run's seed and k. */
    private static KMeansModel sampleFit(JavaRDD<Vector> sample, int k, Clustering.Options options) {
        return new KMeans()
                .setK(k)
                .setInitializationMode(KMeans.K_MEANS_PARALLEL())
                .setSeed(options.seed() + k)
                .setMaxIterations(SAMPLE_ITERATIONS)
                .setEpsilon(SAMPLE_EPSILON)
                .run(sample.rdd());
    }

    /** MLlib's mean silhouette (squared Euclidean distance) of {@code points} under {@code model}. */
    private static double silhouette(SparkSession spark, KMeansModel model, List<Vector> points) {
        if (model.k() < 2 || points.size() < 2) {
            return 0;
        }
        List<Row> rows = new ArrayList<>(points.size());
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (Vector point : points) {
            int cluster = model.predict(point);
            used.add(cluster);
            rows.add(RowFactory.create(point.asML(), (double) cluster));
        }
        if (used.size() < 2) {
            return 0; // MLlib refuses one cluster; the silhouette of a single cluster is 0 by convention
        }
        StructType schema =
                new StructType().add("features", SQLDataTypes.VectorType()).add("prediction", DataTypes.DoubleType);
        return new ClusteringEvaluator()
                .setDistanceMeasure("squaredEuclidean")
                .evaluate(spark.createDataFrame(rows, schema));
    }
}
