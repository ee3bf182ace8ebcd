package io.segbot.mece;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    private static final double[] ONE_TO_FIVE = {1, 2, 3, 4, 5};

    @Test
    void type7_interpolates_between_order_statistics() {
        // h = (5 − 1)·p: p = 0.4 → h = 1.6 → 2 + 0.6·1; p = 0.8 → h = 3.2 → 4 + 0.2·1.
        assertThat(Quantiles.type7(ONE_TO_FIVE, 5, 0.4)).isEqualTo(2.6, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Quantiles.type7(ONE_TO_FIVE, 5, 0.8)).isEqualTo(4.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Quantiles.type7(ONE_TO_FIVE, 5, 0.0)).isEqualTo(1);
        assertThat(Quantiles.type7(ONE_TO_FIVE, 5, 1.0)).isEqualTo(5);
        assertThat(Quantiles.type7(new double[] {7}, 1, 0.6)).isEqualTo(7);
        assertThat(Quantiles.type7(new double[0], 0, 0.6)).isNaN();
    }

    @Test
    void rounding_matches_python_round_half_to_even_on_the_binary_value() {
        assertThat(Quantiles.round(13_036.77, -2)).isEqualTo(13_000);
        assertThat(Quantiles.round(1_250, -2)).isEqualTo(1_200);
        assertThat(Quantiles.round(1_350, -2)).isEqualTo(1_400);
        assertThat(Quantiles.round(0.125, 2)).isEqualTo(0.12); // 0.125 is exact in binary: a true tie
        assertThat(Quantiles.round(0.135, 2)).isEqualTo(0.14); // 0.135 is 0.13500000000000000888…
        assertThat(Quantiles.round(0.309361, 2)).isEqualTo(0.31);
        assertThat(Quantiles.round(0.309361, null)).isEqualTo(0.309361);
    }

    @Test
    void selection_gives_the_same_quantile_as_sorting() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int n : new int[] {1, 2, 5, 100, 10_001}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextInt(50); // many ties
            }
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            for (double p : new double[] {0, 0.4, 0.6, 0.8, 1}) {
                assertThat(Quantiles.type7Select(values.clone(), n, p)).isEqualTo(Quantiles.type7(sorted, n, p));
            }
        }
        assertThat(Quantiles.type7Select(new double[] {5, 1, 4, 2, 3}, 5, 0.4))
                .isEqualTo(2.6, org.assertj.core.api.Assertions.within(1e-12));
    }
}
