package io.segbot.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFormatTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Premium_Engaged_Thin-Margin |",
                "Premium                     |",
                "Top_10_Percent              | the name contains a number ('1'); names describe tiers in words",
                "Spend_>_High                | the name contains a threshold symbol ('>')",
                "A_B_C_D_E                   | the name has 5 words; at most 4 joined by underscores",
                "premium_buyers              | 'premium' is not a capitalised word of letters (hyphens allowed)",
                "Big Spenders                | 'Big Spenders' is not a capitalised word of letters (hyphens allowed)",
                "VIP_Buyers                  | 'VIP' is not a capitalised word of letters (hyphens allowed)",
                "Fallback_Creative           | the name contains the placeholder word 'Fallback'",
            })
    void names_are_checked_with_a_reason(String name, String reason) {
        assertThat(NameFormat.problem(name)).isEqualTo(Optional.ofNullable(reason));
    }

    @ParameterizedTest
    @CsvSource({
        "High, HIGH",
        "Medium, MEDIUM",
        "Low, LOW",
        "Other, OTHER",
        "5, HIGH",
        "4-5, HIGH",
        "3, MEDIUM",
        "2-3, MEDIUM",
        "1-2, LOW",
        "1, LOW"
    })
    void tiers_classify_as_levels(String tier, TierLevel level) {
        assertThat(TierLevel.classify(tier)).contains(level);
    }

    @ParameterizedTest
    @CsvSource({"Champions", "0", "6", "5-4"})
    void other_tiers_are_literal(String tier) {
        assertThat(TierLevel.classify(tier)).isEmpty();
    }
}
