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
}
