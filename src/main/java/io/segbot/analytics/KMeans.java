package io.segbot.analytics;

import java.util.SplittableRandom;

/**
 * Lloyd's k-means with k-means++ seeding (Arthur &amp; Vassilvitskii 2007, "k-means++: the
 * advantages of careful seeding"), on points stored row-major in one flat array.
 *
 * <p>Written on primitive arrays rather than Commons Math's {@code KMeansPlusPlusClusterer}
 * because that one allocates a point object per customer and clusters a million customers several
 * times slower; {@code segbot bench analytics} measures both side by side.
 */
public final class KMeans {
    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-4;

    private KMeans() {}

    /**
     * @param centroids k rows of {@code dims} values, row-major
     * @param assignment the cluster of each point
     * @param inertia the sum of squared distances of points to their centroid
     */
    public record Result(int k, int dims, double[] centroids, int[] assignment, double inertia, int iterations) {}

    /** The best of {@code restarts} runs (lowest inertia); the same seed gives the same result. */
    public static Result fit(double[] points, int dims, int k, int restarts, long seed) {
        int n = points.length / dims;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be within 1.." + n + " (the number of points), got " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Result best = null;
        for (int run = 0; run < restarts; run++) {
            Result result = lloyd(points, dims, seedPlusPlus(points, dims, k, random.split()));
            if (best == null || result.inertia() < best.inertia()) {
                best = result;
            }
        }
        return best;
    }

    static double[] seedPlusPlus(double[] points, int dims, int k, SplittableRandom random) {
        int n = points.length / dims;
        double[] centroids = new double[k * dims];
        System.arraycopy(points, random.nextInt(n) * dims, centroids, 0, dims);
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], distance(points, i, centroids, c - 1, dims));
                total += nearest[i];
            }
            int chosen = n - 1;
            double target = random.nextDouble() * total;
            for (int i = 0; i < n; i++) {
                target -= nearest[i];
                if (target < 0) {
                    chosen = i;
                    break;
                }
            }
            System.arraycopy(points, chosen * dims, centroids, c * dims, dims);
        }
        return centroids;
    }

    /**
     * Lloyd's iterations from given starting centroids (for example a sample's fit), on all points.
     * Used to finish on every customer what a sample found, instead of seeding the full data again.
     */
    public static Result fitFrom(double[] points, int dims, double[] startCentroids) {
        if (startCentroids.length == 0 || startCentroids.length % dims != 0) {
            throw new IllegalArgumentException(
                    "need k rows of " + dims + " centroid values, got " + startCentroids.length);
        }
        return lloyd(points, dims, startCentroids.clone());
    }

    /**
     * Stops like scikit-learn's {@code KMeans} (tol = 1e-4): when no point changes cluster, or when
     * the centroids' total squared shift falls to 1e-4 × the mean per-feature variance, so iteration
     * counts can be compared with it directly.
     */
    private static Result lloyd(double[] points, int dims, double[] centroids) {
        int n = points.length / dims;
        int k = centroids.length / dims;
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        double tolerance = TOLERANCE * meanVariance(points, dims);
        int iteration = 0;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            LloydStep step = LloydStep.run(points, dims, centroids, assignment);
            double shift = step.moveCentroids(centroids);
            if (step.changed() == 0 || shift <= tolerance) {
                break;
            }
        }
        double inertia = assign(points, dims, centroids, assignment);
        return new Result(k, dims, centroids, assignment, inertia, iteration);
    }

    static double meanVariance(double[] points, int dims) {
        double total = 0;
        for (int d = 0; d < dims; d++) {
            total += columnMoments(points, dims, d)[1];
        }
        return total / dims;
    }

    /** The mean and the population variance of column {@code d} of row-major points. */
    static double[] columnMoments(double[] points, int dims, int d) {
        int n = points.length / dims;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += points[i * dims + d];
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double diff = points[i * dims + d] - mean;
            variance += diff * diff;
        }
        return new double[] {mean, variance / n};
    }

    /** Assigns every point to its nearest centroid (in parallel) and returns the inertia. */
    static double assign(double[] points, int dims, double[] centroids, int[] assignment) {
        return LloydStep.run(points, dims, centroids, assignment).inertia();
    }

    static double distance(double[] points, int i, double[] centroids, int c, int dims) {
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            double diff = points[i * dims + d] - centroids[c * dims + d];
            sum += diff * diff;
        }
        return sum;
    }
}
