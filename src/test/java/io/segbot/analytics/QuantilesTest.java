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
