package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {
    static final String SRC = "run 1";
    static final List<Fact> FACTS = List.of(
            Fact.text("segment", "Champions", SRC),
            Fact.number("Champions revenue", 47857.31, Fact.Unit.CURRENCY, SRC),
            Fact.number("Champions share", 0.6312, Fact.Unit.SHARE, SRC),
            Fact.number("Champions customers", 23, Fact.Unit.COUNT, SRC),
            Fact.number("Champions avg orders", 11.24, Fact.Unit.DECIMAL, SRC),
            Fact.number("revenue per customer ratio", 2.83, Fact.Unit.RATIO, SRC),
            Fact.text("cluster", "Cluster 0", SRC),
            Fact.text("customer", "17850", SRC),
            Fact.date("as of", LocalDate.of(2024, 12, 31), SRC));
    static final List<String> NAMES = List.of("Champions", "At Risk", "Hibernating");

    @Test
    void a_reply_made_of_facts_is_grounded_with_rounding_tolerated() {
        String reply = "Champions bring $47,857 (63.1%) from 23 customers, about $48k; they order 11.2 times on"
                + " average and earn 2.8× more per customer. Cluster 0 leads. Customer `17850` is one of them."
                + " Data as of 2024-12-31 (December 31, 2024).\n1. VIP programme\n2. Referrals";
        GroundingCheck.Result result = GroundingCheck.check(reply, FACTS, NAMES);
        assertThat(result.offending()).isEmpty();
        assertThat(result.grounded()).isTrue();
    }

    @Test
    void an_invented_number_is_caught_with_the_offending_token() {
        GroundingCheck.Result result = GroundingCheck.check("Champions bring $52,000 from 23 customers.", FACTS, NAMES);
        assertThat(result.grounded()).isFalse();
        assertThat(result.offending()).containsExactly("$52,000");
    }

    @Test
    void a_number_in_the_wrong_unit_does_not_match() {
        // 23 is a count, not a percentage; 63.1 is a share, not a currency amount
        assertThat(GroundingCheck.check("23% of them", FACTS, NAMES).offending())
                .containsExactly("23%");
        assertThat(GroundingCheck.check("$63.1", FACTS, NAMES).offending()).containsExactly("$63.1");
    }

    @Test
    void segment_names_clusters_dates_and_quoted_ids_must_be_facts() {
        GroundingCheck.Result result = GroundingCheck.check(
                "At Risk grew; cluster 4 too; see `99999` as of 2025-01-01 or March 3, 2024.", FACTS, NAMES);
        assertThat(result.offending())
                .containsExactlyInAnyOrder("At Risk", "cluster 4", "`99999`", "2025-01-01", "March 3, 2024");
    }

    @Test
    void identifiers_glued_to_letters_are_not_numbers() {
        assertThat(GroundingCheck.check("R5/F4-5 customers in Q4, the 3rd time", FACTS, NAMES)
                        .grounded())
                .isTrue();
    }

    @Test
    void precision_is_half_a_unit_of_the_last_written_digit() {
        assertThat(GroundingCheck.check("11.24", FACTS, NAMES).grounded()).isTrue();
        assertThat(GroundingCheck.check("11.3", FACTS, NAMES).grounded()).isFalse();
        assertThat(GroundingCheck.check("11", FACTS, NAMES).grounded()).isTrue();
        assertThat(GroundingCheck.check("63%", FACTS, NAMES).grounded()).isTrue();
        assertThat(GroundingCheck.check("64%", FACTS, NAMES).grounded()).isFalse();
    }
}
