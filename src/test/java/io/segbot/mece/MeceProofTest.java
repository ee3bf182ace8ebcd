package io.segbot.mece;

import static io.segbot.mece.Users.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeceProofTest {
    private static final CartTable GENERATED = CartAbandonerGenerator.generate(2_000, 42, AS_OF, false);

    @Test
    void the_default_configuration_proves_mece() {
        MeceProof proof =
                MeceRunner.run(GENERATED, AS_OF, MeceConfig.defaults()).proof();

        assertThat(proof.failures()).isEmpty();
        assertThat(proof.assignedExactlyOnce()).isEqualTo(proof.universe());
        assertThat(proof.sumOfSegmentSizes()).isEqualTo(proof.universe());
        assertThat(proof.rules()).isEqualTo(4 * 3 * 3);
        assertThat(proof.overlappingRulePairs()).isZero();
        // AOV: 3 value cells + missing; engagement, profitability: 2 + missing each.
        assertThat(proof.tierSpaceCells()).isEqualTo(36);
        assertThat(proof.cellsInExactlyOneRule()).isEqualTo(36);
    }

    @Test
    void overlapping_tiers_fail_the_proof_and_the_run() {
        MeceConfig overlapping = Users.config(
                """
                dimensions:
                  - name: AOV
                    source: avg_order_value
                    tiers:
                      - {name: High, from: {quantile: 0.80}}
                      - {name: Medium, from: {quantile: 0.40}, to: {quantile: 0.90}}
                      - {name: Low, to: {quantile: 0.40}}
                  - name: Engagement
                    source: engagement_score
                    tiers:
                      - {name: High, from: {quantile: 0.60}}
                      - {name: Low, to: {quantile: 0.60}}
                """);

        MeceRun run = MeceRunner.run(GENERATED, AS_OF, overlapping);

        assertThat(run.status()).isEqualTo(MeceRun.FAILED);
        // AOV_High and AOV_Medium overlap; paired with each of the 3 engagement tiers → 3 rule pairs.
        assertThat(run.proof().overlappingRulePairs()).isEqualTo(3);
        // About 10 % of users have AOV in [q0.8, q0.9) and satisfy two rules.
        assertThat(run.proof().inSeveralRules())
                .isBetween(run.universe().universe() / 10 - 60, run.universe().universe() / 10 + 60);
        assertThat(run.proof().tierProblems()).anySatisfy(problem -> assertThat(problem)
                .contains("AOV: quantile levels [0.8, 0.9) fall in 2 tiers" + " [High, Medium] (overlap)"));
        assertThat(run.proof().failures()).anySatisfy(f -> assertThat(f).contains("pairs of rules overlap"));
    }

    @Test
    void an_overlap_that_degenerate_data_hides_is_still_caught_on_quantile_levels() {
        Users users = new Users();
        for (int i = 0; i < 5; i++) {
            users.add("u" + i, 0, 100.0, 0.5, 0.5);
        }
        MeceConfig overlapping = Users.config(
                """
                dimensions:
                  - name: AOV
                    source: avg_order_value
                    tiers:
                      - {name: High, from: {quantile: 0.80}}
                      - {name: Medium, from: {quantile: 0.40}, to: {quantile: 0.90}}
                      - {name: Low, to: {quantile: 0.40}}
                """);

        MeceRun run = MeceRunner.run(users.table(), AS_OF, overlapping);

        // All values are 100, so Medium is [100, 100): empty; no user sits in two rules…
        assertThat(run.proof().inSeveralRules()).isZero();
        // …but the definitions overlap, and the proof says so.
        assertThat(run.status()).isEqualTo(MeceRun.FAILED);
        assertThat(run.proof().overlappingRulePairs()).isEqualTo(1);
    }

    @Test
    void a_gap_between_tiers_leaves_users_unassigned_and_fails_the_proof() {
        MeceConfig gapped = Users.config(
                """
                dimensions:
                  - name: Engagement
                    source: engagement_score
                    tiers:
                      - {name: High, from: {quantile: 0.60}}
                      - {name: Low, to: {quantile: 0.30}}
                """);

        MeceRun run = MeceRunner.run(GENERATED, AS_OF, gapped);

        int universe = run.universe().universe();
        assertThat(run.status()).isEqualTo(MeceRun.FAILED);
        // About 30 % of users sit in [q0.3, q0.6).
        assertThat(run.proof().unassigned()).isBetween(universe * 3 / 10 - 60, universe * 3 / 10 + 60);
        assertThat(run.proof().sumOfSegmentSizes())
                .isEqualTo(universe - run.proof().unassigned());
        assertThat(run.proof().tierProblems()).anySatisfy(p -> assertThat(p).contains("fall in no tier (gap)"));
        assertThat(run.proof().cellsInExactlyOneRule()).isLessThan(run.proof().tierSpaceCells());
    }

    @Test
    void a_duplicated_user_id_is_two_assignments_and_fails_the_proof() {
        CartTable table = new Users()
                .add("twice", 0, 100.0, 0.5, 0.5)
                .add("twice", 1, 200.0, 0.2, 0.5)
                .add("once", 1, 200.0, 0.2, 0.5)
                .table();

        MeceProof proof = MeceRunner.run(table, AS_OF, MeceConfig.defaults()).proof();

        assertThat(proof.duplicateUserIds()).isEqualTo(1);
        assertThat(proof.duplicateExamples()).containsExactly("twice");
        assertThat(proof.assignedExactlyOnce()).isEqualTo(1);
        assertThat(proof.passed()).isFalse();
    }

    @Test
    void tier_partition_finds_the_overlapping_cell() {
        TierPartition partition = new TierPartition(
                "X", "values", new String[] {"Low", "High"}, new double[] {Double.NEGATIVE_INFINITY, 5}, new double[] {
                    6, Double.POSITIVE_INFINITY
                });

        assertThat(partition.problems).containsExactly("X: values [5, 6) fall in 2 tiers [Low, High] (overlap)");
        // (−inf, 5), [5, 6), [6, +inf) and the missing cell; the overlap is not covered once.
        assertThat(partition.cells).isEqualTo(4);
        assertThat(partition.cellsInExactlyOneTier).isEqualTo(3);
    }
}
