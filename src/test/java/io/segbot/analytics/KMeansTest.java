package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansTest {
    /** Three tight blobs around (0, 0), (10, 0) and (0, 10), 100 points each. */
    static double[] blobs(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        double[] points = new double[300 * 2];
        for (int i = 0; i < 300; i++) {
            double[] centre = centres[i / 100];
            points[i * 2] = centre[0] + random.nextGaussian() * 0.5;
            points[i * 2 + 1] = centre[1] + random.nextGaussian() * 0.5;
        }
        return points;
    }

    @Test
    void finds_three_well_separated_blobs() {
        KMeans.Result result = KMeans.fit(blobs(1), 2, 3, 4, 42);
        for (int blob = 0; blob < 3; blob++) {
            int label = result.assignment()[blob * 100];
            for (int i = blob * 100; i < blob * 100 + 100; i++) {
                assertThat(result.assignment()[i]).as("point %d", i).isEqualTo(label);
            }
        }
        assertThat(result.assignment()[0])
                .isNotEqualTo(result.assignment()[100])
                .isNotEqualTo(result.assignment()[200]);
        // each centroid sits within 0.2 of a true centre (300 points of sd 0.5: the mean's sd is 0.05)
        for (int c = 0; c < 3; c++) {
            double x = result.centroids()[c * 2];
            double y = result.centroids()[c * 2 + 1];
            double nearest = Math.min(Math.hypot(x, y), Math.min(Math.hypot(x - 10, y), Math.hypot(x, y - 10)));
            assertThat(nearest).isLessThan(0.2);
        }
    }

    @Test
    void same_seed_gives_identical_results() {
        double[] points = blobs(7);
        KMeans.Result first = KMeans.fit(points, 2, 4, 3, 99);
        KMeans.Result second = KMeans.fit(points, 2, 4, 3, 99);
        assertThat(second.assignment()).containsExactly(first.assignment());
        assertThat(second.centroids()).containsExactly(first.centroids());
        assertThat(second.inertia()).isEqualTo(first.inertia());
    }

    @Test
    void inertia_is_the_sum_of_squared_distances() {
        // two points per cluster, 1 apart: each is 0.5 from its centroid, 4 * 0.25 = 1
        double[] points = {0, 0, 1, 0, 100, 0, 101, 0};
        assertThat(KMeans.fit(points, 2, 2, 2, 1).inertia()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void k_larger_than_the_points_is_refused() {
        assertThatThrownBy(() -> KMeans.fit(new double[] {1, 2}, 1, 3, 1, 1))
                .hasMessageContaining("k must be within 1..2");
    }

    @Test
    void silhouette_is_near_one_for_separated_blobs_and_zero_for_one_cluster() {
        double[] points = blobs(3);
        KMeans.Result result = KMeans.fit(points, 2, 3, 2, 5);
        assertThat(Silhouette.mean(points, 2, result.assignment(), 3)).isGreaterThan(0.9);
        assertThat(Silhouette.mean(points, 2, new int[300], 1)).isZero();
    }

    @Test
    void fit_from_the_true_centres_finishes_at_once_with_each_blob_in_its_own_cluster() {
        double[] points = blobs(3);
        // starting centroids slightly off the true centres, in the order of the blobs
        KMeans.Result result = KMeans.fitFrom(points, 2, new double[] {0.3, -0.2, 9.8, 0.1, -0.1, 10.2});
        for (int i = 0; i < 300; i++) {
            assertThat(result.assignment()[i]).as("point %d", i).isEqualTo(i / 100);
        }
        // the first step already assigns every point right; the second moves nothing
        assertThat(result.iterations()).isLessThanOrEqualTo(2);
        assertThat(result.centroids()[2]).isCloseTo(10, within(0.2));
        assertThat(result.inertia()).isEqualTo(KMeans.fit(points, 2, 3, 4, 42).inertia(), within(1e-9));
    }

    @Test
    void fit_from_does_not_change_the_callers_centroids() {
        double[] start = {0.3, -0.2, 9.8, 0.1, -0.1, 10.2};
        KMeans.fitFrom(blobs(3), 2, start);
        assertThat(start).containsExactly(0.3, -0.2, 9.8, 0.1, -0.1, 10.2);
    }

    @Test
    void fit_from_refuses_centroids_that_are_not_whole_rows() {
        assertThatThrownBy(() -> KMeans.fitFrom(blobs(3), 2, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need k rows of 2 centroid values, got 3");
    }

    @Test
    void the_three_feature_passes_give_the_general_loops_results_to_the_bit() {
        // the general loops, written out: distance sums in feature order from 0
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        int n = 3_000;
        double[] points = new double[n * 3];
        for (int i = 0; i < points.length; i++) {
            points[i] = random.nextGaussian() * (1 + i % 3);
        }
        double[] centroids = {0.1, -0.2, 0.3, 1.5, 0.5, -2.0, -1.0, 2.0, 0.7, 0.0, 0.0, 4.0};
        int k = centroids.length / 3;
        int[] expected = new int[n];
        double inertia = 0;
        double[] sums = new double[centroids.length];
        for (int i = 0; i < n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d = 0;
                for (int f = 0; f < 3; f++) {
                    double diff = points[i * 3 + f] - centroids[c * 3 + f];
                    d += diff * diff;
                }
                if (d < best) {
                    best = d;
                    expected[i] = c;
                }
            }
            inertia += best;
            for (int f = 0; f < 3; f++) {
                sums[expected[i] * 3 + f] += points[i * 3 + f];
            }
        }
        int[] assignment = new int[n];
        java.util.Arrays.fill(assignment, -1);
        LloydStep step = LloydStep.run(points, 3, centroids, assignment);
        assertThat(assignment).isEqualTo(expected);
        assertThat(step.inertia()).isEqualTo(inertia);
        assertThat(step.sums()).isEqualTo(sums);

        double silhouette = 0;
        int[] sizes = new int[k];
        for (int c : expected) {
            sizes[c]++;
        }
        for (int i = 0; i < n; i++) {
            double[] perCluster = new double[k];
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double d = 0;
                    for (int f = 0; f < 3; f++) {
                        double diff = points[i * 3 + f] - points[j * 3 + f];
                        d += diff * diff;
                    }
                    perCluster[expected[j]] += Math.sqrt(d);
                }
            }
            double a = perCluster[expected[i]] / (sizes[expected[i]] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != expected[i] && sizes[c] > 0) {
                    b = Math.min(b, perCluster[c] / sizes[c]);
                }
            }
            silhouette += (b - a) / Math.max(a, b);
        }
        assertThat(Silhouette.mean(points, 3, expected, k)).isEqualTo(silhouette / n);
    }
}
