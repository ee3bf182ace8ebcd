package io.segbot.mece;

import static io.segbot.mece.Users.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

/** The prototype's 25,000-user run, seed 42, reproduced with the default configuration. */
class DefaultRunTest {
    private static final MeceRun RUN =
            MeceRunner.run(CartAbandonerGenerator.generate(25_000, 42, AS_OF, false), AS_OF, MeceConfig.defaults());

    @Test
    void the_universe_is_seven_eighths_of_the_users() {
        // Binomial(25000, 7/8): mean 21,875, sd 52.3.
        assertThat(RUN.universe().universe()).isBetween(21_666, 22_084);
    }

    @Test
    void thresholds_sit_at_the_population_quantiles() {
        double aovHigh = 10 * new LogNormalDistribution(6.5, 0.8).inverseCumulativeProbability(0.80);
        double aovMedium = 10 * new LogNormalDistribution(6.5, 0.8).inverseCumulativeProbability(0.40);
        double engagement = new BetaDistribution(2, 5).inverseCumulativeProbability(0.60);
        double profitability = new BetaDistribution(3, 3).inverseCumulativeProbability(0.60);

        assertThat(RUN.thresholds().get(0).thresholds().get(0).raw()).isCloseTo(aovHigh, within(aovHigh * 0.03));
        assertThat(RUN.thresholds().get(0).thresholds().get(1).raw()).isCloseTo(aovMedium, within(aovMedium * 0.03));
        assertThat(RUN.thresholds().get(1).thresholds().get(0).raw()).isCloseTo(engagement, within(0.01));
        assertThat(RUN.thresholds().get(2).thresholds().get(0).raw()).isCloseTo(profitability, within(0.01));
        assertThat(RUN.thresholds().get(0).thresholds().get(0).value() % 100).isZero();
    }

    @Test
    void twelve_segments_pass_the_proof_and_nothing_folds() {
        assertThat(RUN.status()).isEqualTo(MeceRun.OK);
        assertThat(RUN.segments()).hasSize(12);
        assertThat(RUN.fold().folded()).isEmpty();
        // min = ceil(2 % of the universe), max = floor(50 %).
        assertThat(RUN.fold().minSize())
                .isEqualTo((int) Math.ceil(0.02 * RUN.universe().universe()));
        assertThat(RUN.fold().maxSize()).isEqualTo(RUN.universe().universe() / 2);
        // No missing values in the generated dimensions: the 24 combinations with an Other tier are empty.
        assertThat(RUN.proof().emptyCombinations()).hasSize(24).allMatch(rule -> rule.contains("_Other"));
        assertThat(RUN.segments()).allMatch(segment -> segment.lift().method().equals("estimated"));
        assertThat(RUN.segments().get(0).overallScore())
                .isGreaterThanOrEqualTo(RUN.segments().get(11).overallScore());
    }
}
