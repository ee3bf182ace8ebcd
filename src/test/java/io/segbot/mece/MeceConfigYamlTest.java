package io.segbot.mece;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MeceConfigYamlTest {
    @Test
    void the_shipped_bot_config_is_the_prototype_default() throws Exception {
        String yaml = Files.readString(Path.of("bot-config/mece.yaml"));

        assertThat(MeceConfigYaml.parse(yaml, "bot-config/mece.yaml")).isEqualTo(MeceConfig.defaults());
    }

    @Test
    void an_empty_file_means_the_defaults() {
        assertThat(MeceConfigYaml.parse("", "x.yaml")).isEqualTo(MeceConfig.defaults());
    }

    @Test
    void a_team_adds_a_dimension_without_code() {
        MeceConfig config = MeceConfigYaml.parse(
                """
                dimensions:
                  - name: Recency
                    source: days_since_last_order
                    tiers:
                      - {name: Recent, to: {value: 30}}
                      - {name: Lapsed, from: {value: 30}}
                  - name: Cart
                    source: num_cart_items
                    round_digits: 0
                    tiers:
                      - {name: Big, from: {quantile: 0.9}}
                      - {name: Small, to: {quantile: 0.9}}
                """,
                "team.yaml");

        assertThat(config.dimensions())
                .extracting(DimensionDefinition::column)
                .containsExactly("recency_tier", "cart_tier");
        assertThat(config.dimensions().get(0).source()).isEqualTo(Source.DAYS_SINCE_LAST_ORDER);
        assertThat(config.dimensions().get(0).tiers().get(0).to()).isEqualTo(TierBound.value(30));
        assertThat(config.weights()).isEqualTo(ScoreWeights.DEFAULT);
    }

    @Test
    void an_unknown_key_is_refused_by_name() {
        assertThatThrownBy(() -> MeceConfigYaml.parse("window_dayz: 7\n", "m.yaml"))
                .isInstanceOf(MeceConfigException.class)
                .hasMessageContaining("m.yaml: (top level) has unknown key 'window_dayz'");
    }

    @Test
    void a_quantile_outside_zero_one_is_refused_with_its_path_and_value() {
        String yaml =
                """
                dimensions:
                  - name: AOV
                    source: avg_order_value
                    tiers:
                      - {name: High, from: {quantile: 1.5}}
                      - {name: Low, to: {quantile: 1.5}}
                """;

        assertThatThrownBy(() -> MeceConfigYaml.parse(yaml, "m.yaml"))
                .hasMessage("m.yaml: dimensions[0].tiers[0].from.quantile: quantile must be within [0, 1], got 1.5");
    }

    @Test
    void an_unknown_source_lists_the_valid_ones() {
        String yaml = "dimensions:\n  - {name: X, source: basket_value, tiers: [{name: All}]}\n";

        assertThatThrownBy(() -> MeceConfigYaml.parse(yaml, "m.yaml"))
                .hasMessageStartingWith("m.yaml: dimensions[0].source: unknown source 'basket_value', expected one of"
                        + " avg_order_value,");
    }

    @Test
    void weights_that_do_not_sum_to_one_are_refused() {
        String yaml =
                """
                weights: {conversion_potential: 0.5, lift_vs_control: 0.2, size_share: 0.1, profitability: 0.3,
                          strategic_fit: 0.1}
                """;

        assertThatThrownBy(() -> MeceConfigYaml.parse(yaml, "m.yaml"))
                .hasMessageContaining("weights: weights must sum to 1, got 1.2");
    }

    @Test
    void other_is_reserved_for_missing_values() {
        String yaml = "dimensions:\n  - {name: X, source: avg_order_value, tiers: [{name: Other}]}\n";

        assertThatThrownBy(() -> MeceConfigYaml.parse(yaml, "m.yaml"))
                .hasMessageContaining("dimensions[0].tiers[0].name: tier name 'Other' is reserved");
    }

    @Test
    void a_bound_with_both_quantile_and_value_is_refused() {
        String yaml = "dimensions:\n  - {name: X, source: avg_order_value, tiers: [{name: A, from: {quantile: 0.5,"
                + " value: 3}}]}\n";

        assertThatThrownBy(() -> MeceConfigYaml.parse(yaml, "m.yaml"))
                .hasMessageContaining("dimensions[0].tiers[0].from must hold exactly one of 'quantile' or 'value'");
    }

    @Test
    void a_text_window_is_refused() {
        assertThatThrownBy(() -> MeceConfigYaml.parse("window_days: seven\n", "m.yaml"))
                .hasMessage("m.yaml: window_days must be a whole number, got \"seven\"");
    }

    @Test
    void size_rules_accept_auto_or_a_number() {
        MeceConfig config = MeceConfigYaml.parse("size_rules: {min_size: 500, max_size: auto}\n", "m.yaml");

        assertThat(config.sizeRules()).isEqualTo(new SizeRules(500, null, 0.02, 0.50));
    }
}
