package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-edge entry points another engine uses reproduce the core's whole-array results. */
class QuantilePositionTest {

    @Test
    void the_60_percent_quantile_of_12_values_lies_six_tenths_past_the_seventh() {
        Quantiles.Position at = Quantiles.position(12, 0.6);
        assertThat(at.lower()).isEqualTo(6);
        assertThat(at.fraction()).isEqualTo(0.6);
        assertThat(at.between(10, 20)).isEqualTo(16.0);
    }

    @Test
    void edges_from_two_order_statistics_equal_the_edges_of_the_sorted_array() {
        double[] sorted = {1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89};
        for (double p : new double[] {0, 0.2, 0.25, 0.4, 0.5, 0.6, 0.75, 0.8, 1}) {
            Quantiles.Position at = Quantiles.position(sorted.length, p);
            int lo = (int) at.lower();
            double upper = at.fraction() > 0 ? sorted[lo + 1] : 0;
            assertThat(at.between(sorted[lo], upper)).as("p = " + p).isEqualTo(Quantiles.ofSorted(sorted, p));
        }
    }

    @Test
    void per_customer_scores_are_the_whole_array_scores() {
        CustomerMetrics metrics = new CustomerMetrics(
                new String[] {"9", "10", "11", "12", "13"},
                new int[] {5, 40, 90, 200, 12},
                new int[] {3, 1, 1, 2, 6},
                new double[] {120, 15, 30, 60, 400},
                new int[] {100, 300, 250, 0, 50},
                new int[] {395, 360, 310, 200, 388});
        RfmScores whole = RfmScores.of(metrics);
        // ranks by (frequency, id): 10, 11, 12, 9, 13
        long[] rank = {3, 0, 1, 2, 4};
        for (int c = 0; c < metrics.size(); c++) {
            assertThat(RfmScores.recencyScore(metrics.recencyDays()[c], whole.recencyEdges()))
                    .isEqualTo(whole.r()[c]);
            assertThat(RfmScores.frequencyScore(rank[c], metrics.size())).isEqualTo(whole.f()[c]);
            assertThat(RfmScores.monetaryScore(metrics.monetary()[c], whole.monetaryEdges()))
                    .isEqualTo(whole.m()[c]);
        }
        ChurnRisk[] bands = ChurnRules.assess(metrics);
        double population = ChurnRules.populationCadence(metrics);
        for (int c = 0; c < metrics.size(); c++) {
            double own = ChurnRules.ownCadence(metrics.frequency()[c], metrics.firstDay()[c], metrics.lastDay()[c]);
            assertThat(ChurnRules.band(metrics.recencyDays()[c], own, population))
                    .isEqualTo(bands[c]);
        }
        ValueTier[] tiers = ValueTier.assign(metrics.monetary());
        double[] edges = Quantiles.edges(metrics.monetary(), ValueTier.QUARTILES);
        for (int c = 0; c < metrics.size(); c++) {
            assertThat(ValueTier.of(metrics.monetary()[c], edges)).isEqualTo(tiers[c]);
        }
    }
}
