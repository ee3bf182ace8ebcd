package io.segbot.mece;

import static io.segbot.mece.Users.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeceRunnerTest {
    private static final MeceConfig ENGAGEMENT_ONLY = Users.config(
            """
            dimensions:
              - name: Engagement
                source: engagement_score
                round_digits: 2
                tiers:
                  - {name: High, from: {quantile: 0.60}}
                  - {name: Low, to: {quantile: 0.60}}
            """);

    @Test
    void a_value_exactly_at_a_quantile_threshold_goes_to_the_upper_tier() {
        Users users = new Users();
        double[] engagement = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        for (int i = 0; i < engagement.length; i++) {
            users.add("u" + i, 0, 100.0, engagement[i], 0.5);
        }

        MeceRun run = MeceRunner.run(users.table(), AS_OF, ENGAGEMENT_ONLY);

        // type 7: h = (6 − 1)·0.6 = 3 → the 4th smallest value, 0.4, exactly.
        assertThat(run.thresholds().get(0).thresholds().get(0).value()).isEqualTo(0.4);
        assertThat(tiers(run, 0)).containsExactly("Low", "Low", "Low", "High", "High", "High");
        assertThat(run.proof().passed()).isTrue();
    }

    @Test
    void a_value_exactly_at_an_absolute_threshold_goes_to_the_upper_tier() {
        MeceConfig config = Users.config(
                """
                dimensions:
                  - name: AOV
                    source: avg_order_value
                    tiers:
                      - {name: High, from: {value: 100}}
                      - {name: Low, to: {value: 100}}
                """);
        CartTable table = new Users()
                .add("at", 0, 100.0, 0.5, 0.5)
                .add("below", 0, 99.99, 0.5, 0.5)
                .table();

        MeceRun run = MeceRunner.run(table, AS_OF, config);

        assertThat(tiers(run, 0)).containsExactly("High", "Low");
    }

    @Test
    void partly_missing_values_go_to_the_other_tier_and_the_proof_holds() {
        Users users = new Users();
        for (int i = 0; i < 10; i++) {
            users.add("u" + i, 0, 100.0, i < 3 ? null : 0.1 * i, 0.5);
        }

        MeceRun run = MeceRunner.run(users.table(), AS_OF, ENGAGEMENT_ONLY);

        assertThat(tiers(run, 0)).startsWith("Other", "Other", "Other");
        assertThat(run.thresholds().get(0).nonMissing()).isEqualTo(7);
        assertThat(run.buckets())
                .extracting(BucketSize::rule, BucketSize::size)
                .contains(org.assertj.core.groups.Tuple.tuple("Engagement_Other", 3));
        assertThat(run.proof().passed()).isTrue();
        assertThat(run.proof().sumOfSegmentSizes()).isEqualTo(10);
    }

    @Test
    void an_all_missing_dimension_puts_everyone_in_other_and_is_verified_on_quantile_levels() {
        Users users = new Users();
        for (int i = 0; i < 4; i++) {
            users.add("u" + i, 1, null, 0.1 * (i + 1), 0.2 * (i + 1));
        }

        MeceRun run = MeceRunner.run(users.table(), AS_OF, MeceConfig.defaults());

        assertThat(run.thresholds().get(0).thresholds())
                .allSatisfy(t -> assertThat(t.raw()).isNaN());
        assertThat(tiers(run, 0)).containsOnly("Other");
        assertThat(run.proof().passed()).isTrue();
        assertThat(run.proof().tierSpaceCells()).isEqualTo(4 * 3 * 3);
        assertThat(run.proof().cellsInExactlyOneRule()).isEqualTo(36);
        assertThat(run.proof().emptyCombinations()).contains("AOV_High & Engagement_High & Profitability_High");
    }

    @Test
    void an_empty_universe_gives_an_empty_but_passing_proof() {
        CartTable outsideWindow = new Users().add("old", 7, 1.0, 0.5, 0.5).table();

        MeceRun run = MeceRunner.run(outsideWindow, AS_OF, MeceConfig.defaults());

        assertThat(run.universe().universe()).isZero();
        assertThat(run.universe().beforeWindow()).isEqualTo(1);
        assertThat(run.segments()).isEmpty();
        assertThat(run.proof().sumOfSegmentSizes()).isZero();
        assertThat(run.proof().emptyCombinations()).hasSize(36);
        assertThat(run.status()).isEqualTo(MeceRun.OK);
    }

    @Test
    void a_universe_of_one_user_is_one_segment_holding_everyone() {
        CartTable table = new Users().add("solo", 3, 250.0, 0.4, 0.7).table();

        MeceRun run = MeceRunner.run(table, AS_OF, MeceConfig.defaults());

        // Every quantile of one value is that value, and a value at a threshold is in the upper tier.
        assertThat(run.segments()).singleElement().satisfies(segment -> {
            assertThat(segment.segment()).isEqualTo("High_High_High");
            assertThat(segment.size()).isEqualTo(1);
            assertThat(segment.sizeShare()).isEqualTo(1.0);
            assertThat(segment.conversionPotential()).isCloseTo(0.4 / 4, within(1e-12));
            assertThat(segment.valid()).isTrue();
        });
        assertThat(run.fold().minSize()).isEqualTo(1);
        assertThat(run.fold().maxSize()).isEqualTo(1);
        assertThat(run.proof().assignedExactlyOnce()).isEqualTo(1);
    }

    @Test
    void the_window_holds_the_as_of_date_and_the_six_days_before_it() {
        CartTable table = new Users()
                .add("today", 0, 1.0, 0.5, 0.5)
                .add("six", 6, 1.0, 0.5, 0.5)
                .add("seven", 7, 1.0, 0.5, 0.5)
                .add("tomorrow", -1, 1.0, 0.5, 0.5)
                .table();

        MeceRun run = MeceRunner.run(table, AS_OF, MeceConfig.defaults());

        assertThat(run.universe()).isEqualTo(new UniverseSummary(4, 2, 1, 1, AS_OF.minusDays(6), AS_OF));
    }

    @Test
    void buckets_outside_the_size_rules_fold_into_catch_all_other() {
        MeceConfig config = Users.config(
                """
                dimensions:
                  - name: Cart
                    source: num_cart_items
                    tiers:
                      - {name: Few, to: {value: 3}}
                      - {name: Some, from: {value: 3}, to: {value: 6}}
                      - {name: Many, from: {value: 6}}
                size_rules: {min_size: 2, max_size: 4}
                """);
        CartTable.Builder table = new CartTable.Builder(9);
        int[] items = {1, 1, 1, 1, 1, 4, 4, 4, 8};
        for (int i = 0; i < items.length; i++) {
            table.add(CartAbandoner.of("u" + i, AS_OF, null, 10.0, 1, items[i], 0.5, 0.5));
        }

        MeceRun run = MeceRunner.run(table.build(), AS_OF, config);

        assertThat(run.fold().folded())
                .containsExactly(
                        new FoldReport.FoldedBucket("Few", "Cart_Few", 5, "above max size 4"),
                        new FoldReport.FoldedBucket("Many", "Cart_Many", 1, "below min size 2"));
        assertThat(run.fold().foldedUsers()).isEqualTo(6);
        assertThat(run.segments())
                .extracting(SegmentScore::segment, SegmentScore::size, SegmentScore::rule)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Some", 3, "Cart_Some"),
                        org.assertj.core.groups.Tuple.tuple("Catch_All_Other", 6, "(Cart_Few) | (Cart_Many)"));
        assertThat(run.assignments().segment(0)).isEqualTo("Catch_All_Other");
        assertThat(run.assignments().combo(0)).isEqualTo("Few");
        assertThat(run.proof().passed()).isTrue();
        assertThat(run.proof().sumOfSegmentSizes()).isEqualTo(9);
    }

    @Test
    void scores_follow_the_formulas_by_hand() {
        CartTable table = new Users()
                .add("a", 0, 100.0, 0.6, 0.8)
                .add("b", 2, 100.0, 0.3, 0.4)
                .table();

        SegmentScore segment = MeceRunner.run(table, AS_OF, Users.everyoneTogether())
                .segments()
                .get(0);

        // conversion = (0.6/1 + 0.3/3)/2 = 0.35; profitability 0.6; strategic (0.35+0.6)/2 = 0.475;
        // lift estimated 1 + 0.10·(0.35/0.35) = 1.1; share 1;
        // overall 0.3·0.35 + 0.2·1.1 + 0.1·1 + 0.3·0.6 + 0.1·0.475 = 0.6525.
        assertThat(segment.conversionPotential()).isCloseTo(0.35, within(1e-12));
        assertThat(segment.profitability()).isCloseTo(0.6, within(1e-12));
        assertThat(segment.strategicFit()).isCloseTo(0.475, within(1e-12));
        assertThat(segment.lift().value()).isCloseTo(1.1, within(1e-12));
        assertThat(segment.lift().method()).isEqualTo("estimated");
        assertThat(segment.overallScore()).isCloseTo(0.6525, within(1e-12));
    }

    @Test
    void same_table_and_as_of_give_the_same_run() {
        CartTable first = CartAbandonerGenerator.generate(3_000, 42, AS_OF, true);
        CartTable second = CartAbandonerGenerator.generate(3_000, 42, AS_OF, true);

        MeceRun one = MeceRunner.run(first, AS_OF, MeceConfig.defaults());
        MeceRun two = MeceRunner.run(second, AS_OF, MeceConfig.defaults());

        assertThat(two.thresholds()).isEqualTo(one.thresholds());
        assertThat(two.segments()).isEqualTo(one.segments());
        assertThat(two.proof()).isEqualTo(one.proof());
        assertThat(two.buckets()).isEqualTo(one.buckets());
        for (int user = 0; user < one.assignments().size(); user++) {
            assertThat(two.assignments().segment(user))
                    .isEqualTo(one.assignments().segment(user));
        }
    }

    @Test
    void a_team_dimension_from_a_derived_field_sends_never_ordered_users_to_other() {
        MeceConfig config = Users.config(
                """
                dimensions:
                  - name: Engagement
                    source: engagement_score
                    round_digits: 2
                    tiers:
                      - {name: High, from: {quantile: 0.60}}
                      - {name: Low, to: {quantile: 0.60}}
                  - name: Recency
                    source: days_since_last_order
                    tiers:
                      - {name: Recent, to: {value: 90}}
                      - {name: Lapsed, from: {value: 90}}
                """);
        CartTable table = CartAbandonerGenerator.generate(4_000, 42, AS_OF, false);

        MeceRun run = MeceRunner.run(table, AS_OF, config);

        long neverOrdered = java.util.stream.IntStream.range(
                        0, run.assignments().size())
                .filter(user -> table.row(run.assignments().tableRow(user)).lastOrderDate() == null)
                .count();
        assertThat(run.assignments().dimensionColumns()).containsExactly("engagement_tier", "recency_tier");
        assertThat(tiers(run, 1).stream().filter("Other"::equals).count()).isEqualTo(neverOrdered);
        // 30 % of users never ordered.
        assertThat((double) neverOrdered / run.universe().universe()).isCloseTo(0.30, within(0.03));
        assertThat(run.proof().passed()).isTrue();
        assertThat(run.proof().rules()).isEqualTo(3 * 3);
    }

    static List<String> tiers(MeceRun run, int dimension) {
        return java.util.stream.IntStream.range(0, run.assignments().size())
                .mapToObj(user -> run.assignments().tierName(user, dimension))
                .toList();
    }
}
