package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SimpleClvTest {
    @Test
    void prototype_index_is_frequency_times_monetary() {
        assertThat(SimpleClv.prototypeIndex(11, 2081.0)).isEqualTo(22891.0);
    }

    @Test
    void horizon_value_is_order_value_times_rate_times_horizon() {
        // 4 orders, $400 in all, first order 200 days ago: $100 x 4/200 per day x 365 = $730
        CustomerMetrics m = new CustomerMetrics(
                new String[] {"a"}, new int[] {10}, new int[] {4}, new double[] {400}, new int[] {800}, new int[] {990
                });
        assertThat(SimpleClv.horizonValue(m, 0, 1000, 365)).isCloseTo(730.0, within(1e-9));
    }

    @Test
    void a_new_customer_is_not_extrapolated_to_daily_orders() {
        // one $50 order 7 days ago: tenure floored at 90 days, so $50 x 1/90 x 365 = $202.78
        CustomerMetrics m = new CustomerMetrics(
                new String[] {"a"}, new int[] {7}, new int[] {1}, new double[] {50}, new int[] {993}, new int[] {993});
        assertThat(SimpleClv.horizonValue(m, 0, 1000, 365)).isCloseTo(202.78, within(0.01));
    }

    @Test
    void value_tiers_split_at_the_monetary_quartiles() {
        // quartile edges of the dozen: 23.75, 70, 375
        assertThat(ValueTier.assign(RfmScoresTest.MONETARY))
                .extracting(ValueTier::label)
                .containsExactly(
                        "Premium", "Low", "High", "Medium", "Low", "Premium", "High", "Medium", "High", "Premium",
                        "Low", "Medium");
    }
}
