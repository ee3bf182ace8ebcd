package io.segbot.spark;

import io.segbot.analytics.Quantiles;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;

/**
 * Exact type-7 quantiles of a distributed column (Hyndman &amp; Fan 1996), the core's definition: the
 * core says which two order statistics a quantile lies between ({@link Quantiles#position}); one
 * distributed sort finds them, and {@link Quantiles.Position#between} interpolates. Spark's own
 * {@code approxQuantile} returns an observed value (no interpolation), so it would move the RFM edges.
 */
final class OrderStatistics {
    private OrderStatistics() {}

    /** The type-7 quantiles at {@code probabilities} of {@code values} ({@code n} of them, n &gt;= 1). */
    static double[] quantiles(JavaRDD<Double> values, long n, double... probabilities) {
        Quantiles.Position[] positions = new Quantiles.Position[probabilities.length];
        Set<Long> wanted = new HashSet<>();
        for (int i = 0; i < probabilities.length; i++) {
            positions[i] = Quantiles.position(n, probabilities[i]);
            wanted.add(positions[i].lower());
            if (positions[i].fraction() > 0) {
                wanted.add(positions[i].lower() + 1);
            }
        }
        Map<Long, Double> at = values.sortBy(v -> v, true, values.getNumPartitions())
                .zipWithIndex()
                .filter(pair -> wanted.contains(pair._2()))
                .mapToPair(pair -> new scala.Tuple2<>(pair._2(), pair._1()))
                .collectAsMap();
        double[] out = new double[probabilities.length];
        for (int i = 0; i < out.length; i++) {
            long lower = positions[i].lower();
            out[i] = positions[i].between(at.get(lower), positions[i].fraction() > 0 ? at.get(lower + 1) : 0);
        }
        return out;
    }
}
