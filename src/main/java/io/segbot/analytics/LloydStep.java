package io.segbot.analytics;

import java.util.stream.IntStream;

/**
 * One assignment pass of Lloyd's algorithm over fixed-size chunks of points, run on all cores. Each
 * chunk assigns its points and sums its clusters' members; the chunks' sums are then added in chunk
 * order, so the result is the same whatever the number of threads. The chunk size does not depend
 * on the machine for the same reason.
 *
 * @param sums per cluster, the sum of its members' coordinates (k rows of dims)
 * @param counts per cluster, its members
 * @param inertia the sum of squared distances of points to their assigned centroid
 * @param changed how many points changed cluster in this pass
 */
record LloydStep(double[] sums, long[] counts, double inertia, long changed) {
    /** Points per chunk: large enough that scheduling costs nothing, small enough to use both cores. */
    static final int CHUNK = 32_768;

    static LloydStep run(double[] points, int dims, double[] centroids, int[] assignment) {
        int n = points.length / dims;
        int chunks = Math.max(1, (n + CHUNK - 1) / CHUNK);
        LloydStep[] parts = new LloydStep[chunks];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range)
                .forEach(chunk -> parts[chunk] =
                        chunk(points, dims, centroids, assignment, chunk * CHUNK, Math.min(n, (chunk + 1) * CHUNK)));
        LloydStep total = parts[0];
        for (int chunk = 1; chunk < chunks; chunk++) {
            total = total.plus(parts[chunk]);
        }
        return total;
    }

    private static LloydStep chunk(double[] points, int dims, double[] centroids, int[] assignment, int from, int to) {
        if (dims == 3) {
            return chunk3(points, centroids, assignment, from, to);
        }
        int k = centroids.length / dims;
        double[] sums = new double[centroids.length];
        long[] counts = new long[k];
        double inertia = 0;
        long changed = 0;
        for (int i = from; i < to; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d = KMeans.distance(points, i, centroids, c, dims);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (assignment[i] != best) {
                changed++;
                assignment[i] = best;
            }
            inertia += bestDistance;
            counts[best]++;
            for (int d = 0; d < dims; d++) {
                sums[best * dims + d] += points[i * dims + d];
            }
        }
        return new LloydStep(sums, counts, inertia, changed);
    }

    /**
     * {@link #chunk} for three features (the clustering's recency, frequency and monetary value), with
     * a point's coordinates read once rather than once per centroid. Every sum is added in the same
     * order as the general loop, so the results are the same to the last bit.
     */
    private static LloydStep chunk3(double[] points, double[] centroids, int[] assignment, int from, int to) {
        int k = centroids.length / 3;
        double[] sums = new double[centroids.length];
        long[] counts = new long[k];
        double inertia = 0;
        long changed = 0;
        for (int i = from; i < to; i++) {
            double x = points[i * 3];
            double y = points[i * 3 + 1];
            double z = points[i * 3 + 2];
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double dx = x - centroids[c * 3];
                double dy = y - centroids[c * 3 + 1];
                double dz = z - centroids[c * 3 + 2];
                double d = dx * dx + dy * dy + dz * dz;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            if (assignment[i] != best) {
                changed++;
                assignment[i] = best;
            }
            inertia += bestDistance;
            counts[best]++;
            sums[best * 3] += x;
            sums[best * 3 + 1] += y;
            sums[best * 3 + 2] += z;
        }
        return new LloydStep(sums, counts, inertia, changed);
    }

    private LloydStep plus(LloydStep other) {
        double[] s = sums.clone();
        long[] c = counts.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] += other.sums[i];
        }
        for (int i = 0; i < c.length; i++) {
            c[i] += other.counts[i];
        }
        return new LloydStep(s, c, inertia + other.inertia, changed + other.changed);
    }

    /**
     * Moves each centroid to its members' mean (an emptied cluster keeps its old centroid) and
     * returns the total squared shift of the centroids.
     */
    double moveCentroids(double[] centroids) {
        int dims = centroids.length / counts.length;
        double shift = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            for (int d = 0; d < dims; d++) {
                double moved = sums[c * dims + d] / counts[c];
                double diff = moved - centroids[c * dims + d];
                shift += diff * diff;
                centroids[c * dims + d] = moved;
            }
        }
        return shift;
    }
}
