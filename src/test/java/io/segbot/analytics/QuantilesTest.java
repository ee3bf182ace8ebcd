package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    @Test
    void type_7_interpolates_between_order_statistics() {
        // n = 5: h = 4p, so p = .2 falls between 1 and 2 at 0.8
        assertThat(Quantiles.edges(new double[] {5, 1, 4, 2, 3}, 0.2, 0.5, 1.0)).containsExactly(1.8, 3.0, 5.0);
    }

    @Test
    void edges_equal_the_edges_of_a_sorted_copy_with_ties_and_without() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        double[] probabilities = {0.2, 0.25, 0.4, 0.5, 0.6, 0.75, 0.8, 0.0, 1.0};
        for (int n : new int[] {1, 2, 3, 12, 101, 10_000}) {
            double[] tied = new double[n];
            double[] spread = new double[n];
            double[] ascending = new double[n];
            for (int i = 0; i < n; i++) {
                tied[i] = random.nextInt(7);
                spread[i] = Math.exp(random.nextGaussian() * 2);
                ascending[i] = i / 3;
            }
            for (double[] values : new double[][] {tied, spread, ascending}) {
                double[] sorted = values.clone();
                java.util.Arrays.sort(sorted);
                double[] expected = new double[probabilities.length];
                for (int i = 0; i < probabilities.length; i++) {
                    expected[i] = Quantiles.ofSorted(sorted, probabilities[i]);
                }
                double[] before = values.clone();
                assertThat(Quantiles.edges(values, probabilities)).containsExactly(expected);
                assertThat(values).containsExactly(before); // edges works on a copy
            }
        }
    }

    @Test
    void whole_numbers_have_the_edges_their_doubles_have() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int n : new int[] {1, 5, 1_000}) {
            int[] days = new int[n];
            int[] spread = new int[n];
            for (int i = 0; i < n; i++) {
                days[i] = random.nextInt(730);
                spread[i] = random.nextInt() / 2; // a range too wide for a histogram
            }
            for (int[] values : new int[][] {days, spread}) {
                double[] asDoubles =
                        java.util.Arrays.stream(values).asDoubleStream().toArray();
                assertThat(Quantiles.edges(values, 0.2, 0.4, 0.5, 0.6, 0.8))
                        .containsExactly(Quantiles.edges(asDoubles, 0.2, 0.4, 0.5, 0.6, 0.8));
            }
        }
        // n = 5: h = 4p, so p = .2 falls between the 1st and 2nd smallest at 0.8
        assertThat(Quantiles.edges(new int[] {50, 10, 40, 20, 30}, 0.2, 0.5)).containsExactly(18.0, 30.0);
    }

    @Test
    void negative_zero_and_nan_are_ordered_as_a_sort_orders_them() {
        // Arrays.sort puts -0.0 before 0.0 and NaN last: the lowest edge is -0.0, the top one NaN
        double[] edges = Quantiles.edges(new double[] {0.0, Double.NaN, -0.0, 0.0}, 0.0, 1.0);
        assertThat(Double.doubleToRawLongBits(edges[0])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(edges[1]).isNaN();
    }

    @Test
    void bin_counts_edges_strictly_below() {
        double[] edges = {10, 20, 30};
        assertThat(Quantiles.bin(10, edges)).isEqualTo(1);
        assertThat(Quantiles.bin(10.01, edges)).isEqualTo(2);
        assertThat(Quantiles.bin(99, edges)).isEqualTo(4);
    }

    @Test
    void empty_input_is_refused() {
        assertThatThrownBy(() -> Quantiles.edges(new double[0], 0.5)).hasMessageContaining("empty");
    }
}
