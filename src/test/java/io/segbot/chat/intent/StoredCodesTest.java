package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Conversation turns store an intent and a metric as codes. These lists pin the codes as they are
 * stored (issue 16): renaming a constant must not change its code, or stored conversations would
 * stop reading; a new constant adds a code at the end of the list.
 */
class StoredCodesTest {
    @Test
    void intent_codes_are_the_ones_stored_conversations_hold() {
        assertThat(Arrays.stream(Intent.values()).map(Intent::code))
                .containsExactlyInAnyOrder(
                        "SEGMENT_OVERVIEW",
                        "RANKING",
                        "COMPARISON",
                        "SEGMENT_DETAIL",
                        "CHURN_ANALYSIS",
                        "MARKETING_STRATEGY",
                        "CUSTOMER_BEHAVIOUR",
                        "BUSINESS_METRICS",
                        "CART_ABANDONMENT",
                        "CUSTOMER_LOOKUP",
                        "DATA_FRESHNESS",
                        "HELP",
                        "EXPORT",
                        "FORGET",
                        "FOLLOW_UP",
                        "OUT_OF_SCOPE");
    }

    @Test
    void metric_codes_are_the_ones_stored_conversations_hold() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::code))
                .containsExactlyInAnyOrder(
                        "REVENUE",
                        "CUSTOMERS",
                        "ORDERS",
                        "CLV",
                        "CHURN",
                        "P_ALIVE",
                        "FREQUENCY",
                        "RECENCY",
                        "MONETARY",
                        "AOV",
                        "PROFITABILITY",
                        "ENGAGEMENT",
                        "CONVERSION_POTENTIAL",
                        "LIFT",
                        "OVERALL_SCORE");
    }

    @Test
    void a_stored_code_reads_back_and_an_unknown_one_does_not_crash() {
        assertThat(Intent.fromCode("COMPARISON")).isEqualTo(Intent.COMPARISON);
        assertThat(Intent.fromCode("AN_INTENT_SINCE_REMOVED")).isEqualTo(Intent.OUT_OF_SCOPE);
        assertThat(Metric.fromCode("P_ALIVE")).isEqualTo(Metric.P_ALIVE);
        assertThat(Metric.fromCode("A_METRIC_SINCE_REMOVED")).isNull();
    }
}
