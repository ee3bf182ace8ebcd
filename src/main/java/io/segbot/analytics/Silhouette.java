package io.segbot.analytics;

/**
 * Mean silhouette coefficient (Rousseeuw 1987): for each point, {@code (b - a) / max(a, b)} where
 * {@code a} is its mean distance to its own cluster and {@code b} the smallest mean distance to
 * another cluster. O(n²), so callers pass a sample.
 */
public final class Silhouette {
    private Silhouette() {}

    public static double mean(double[] points, int dims, int[] assignment, int k) {
        int n = assignment.length;
        if (n < 2 || k < 2) {
            return 0;
        }
        int[] sizes = new int[k];
        for (int c : assignment) {
            sizes[c]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            if (dims == 3) {
                distanceSums3(points, assignment, i, sums);
            } else {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        sums[assignment[j]] += Math.sqrt(squared(points, i, j, dims));
                    }
                }
            }
            int own = assignment[i];
            if (sizes[own] <= 1) {
                continue; // a singleton's silhouette is 0 by definition
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (b < Double.POSITIVE_INFINITY && Math.max(a, b) > 0) {
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / n;
    }

    /**
     * Point i's summed distance to every other point, per cluster, for three features: its
     * coordinates read once, each distance added in the general loop's order (same bits).
     */
    private static void distanceSums3(double[] points, int[] assignment, int i, double[] sums) {
        double x = points[i * 3];
        double y = points[i * 3 + 1];
        double z = points[i * 3 + 2];
        for (int j = 0; j < assignment.length; j++) {
            if (i != j) {
                double dx = x - points[j * 3];
                double dy = y - points[j * 3 + 1];
                double dz = z - points[j * 3 + 2];
                sums[assignment[j]] += Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
    }

    private static double squared(double[] points, int i, int j, int dims) {
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            double diff = points[i * dims + d] - points[j * dims + d];
            sum += diff * diff;
        }
        return sum;
    }
}
