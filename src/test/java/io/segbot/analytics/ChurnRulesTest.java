package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChurnRulesTest {
    /**
     * a: 5 orders over 100 days (cadence 25), last seen 30 days ago: 1.2 cycles -> Low.
     * b: 3 orders over 60 days (cadence 30), 80 days ago: 2.67 -> Medium.
     * c: 2 orders over 10 days (cadence 10), 40 days ago: 4 -> High.
     * d: one order 70 days ago, against the population cadence (median of 25, 30, 10 = 25): 2.8 -> Medium.
     */
    @Test
    void risk_is_recency_against_own_cadence_or_the_populations() {
        int asOf = 1000;
        CustomerMetrics metrics = new CustomerMetrics(
                new String[] {"a", "b", "c", "d"},
                new int[] {30, 80, 40, 70},
                new int[] {5, 3, 2, 1},
                new double[] {1, 1, 1, 1},
                new int[] {asOf - 130, asOf - 140, asOf - 50, asOf - 70},
                new int[] {asOf - 30, asOf - 80, asOf - 40, asOf - 70});
        assertThat(ChurnRules.populationCadence(metrics)).isEqualTo(25.0);
        assertThat(ChurnRules.assess(metrics))
                .containsExactly(ChurnRisk.LOW, ChurnRisk.MEDIUM, ChurnRisk.HIGH, ChurnRisk.MEDIUM);
    }

    @Test
    void customer_level_files_compare_recency_with_the_median_recency() {
        // median recency 20: 10 -> 0.5 Low, 20 -> 1 Low, 50 -> 2.5 Medium, 90 -> 4.5 High
        CustomerMetrics metrics = new CustomerMetrics(
                new String[] {"a", "b", "c", "d", "e"},
                new int[] {10, 20, 20, 50, 90},
                new int[] {1, 1, 1, 1, 1},
                new double[] {1, 1, 1, 1, 1},
                null,
                null);
        assertThat(ChurnRules.assess(metrics))
                .containsExactly(ChurnRisk.LOW, ChurnRisk.LOW, ChurnRisk.LOW, ChurnRisk.MEDIUM, ChurnRisk.HIGH);
    }

    @Test
    void probability_alive_bands_are_at_0_3_and_0_7() {
        assertThat(ChurnRisk.fromProbabilityAlive(0.7)).isEqualTo(ChurnRisk.LOW);
        assertThat(ChurnRisk.fromProbabilityAlive(0.69)).isEqualTo(ChurnRisk.MEDIUM);
        assertThat(ChurnRisk.fromProbabilityAlive(0.3)).isEqualTo(ChurnRisk.MEDIUM);
        assertThat(ChurnRisk.fromProbabilityAlive(0.29)).isEqualTo(ChurnRisk.HIGH);
    }
}
