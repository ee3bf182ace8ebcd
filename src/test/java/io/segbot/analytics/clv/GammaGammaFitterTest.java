package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GammaGammaFitterTest {

    @Test
    void fit_on_cdnow_repeat_buyers_matches_the_published_parameters() {
        RfmSummaries summaries = Cdnow.weeklySummaries();
        ModelFit.Converged<GammaGammaParameters> fit =
                (ModelFit.Converged<GammaGammaParameters>) GammaGammaFitter.fit(summaries);
        // Fader & Hardie (2013): p = 6.25, q = 3.74, γ = 15.44 on the 946 repeat buyers
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.parameters().p()).isCloseTo(6.25, within(6.25 * 0.005));
        assertThat(fit.parameters().q()).isCloseTo(3.74, within(3.74 * 0.005));
        assertThat(fit.parameters().gamma()).isCloseTo(15.44, within(15.44 * 0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-4055.92, within(0.05));
    }

    @Test
    void conditional_expected_spend_of_the_first_ten_cdnow_customers_matches_the_reference() {
        RfmSummaries summaries = Cdnow.weeklySummaries();
        GammaGammaModel model =
                new GammaGammaModel(GammaGammaFitter.fit(summaries).parametersOrThrow());
        double[] reference = {24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17};
        for (int i = 0; i < reference.length; i++) {
            assertThat(model.expectedAverageSpend(summaries.x()[i], summaries.zbar()[i]))
                    .as("customer %d", i + 1)
                    .isCloseTo(reference[i], within(0.1));
        }
    }

    @Test
    void cdnow_frequency_and_spend_are_only_weakly_correlated() {
        RfmSummaries summaries = Cdnow.weeklySummaries();
        SpendIndependence check = SpendIndependence.of(summaries.x(), summaries.zbar());
        // Fader & Hardie (2013) report 0.11 for these 946 customers
        assertThat(check.customers()).isEqualTo(946);
        assertThat(check.correlation()).isCloseTo(0.11, within(0.01));
        assertThat(check.doubtful()).isFalse();
    }

    @Test
    void fit_recovers_simulated_spend_parameters() {
        RfmSummaries population = BgNbdSimulator.simulate(
                new BgNbdParameters(1.0, 5, 0.5, 3), 30_000, 52, PeriodUnit.WEEKS, false, new SplittableRandom(5));
        RfmSummaries withSpend =
                BgNbdSimulator.withSpend(population, new GammaGammaParameters(6, 4, 15), new SplittableRandom(6));
        GammaGammaParameters fitted = GammaGammaFitter.fit(withSpend).parametersOrThrow();
        assertThat(fitted.p()).isCloseTo(6, within(0.6));
        assertThat(fitted.q()).isCloseTo(4, within(0.4));
        assertThat(fitted.gamma()).isCloseTo(15, within(1.5));
    }

    @Test
    void population_mean_spend_is_p_gamma_over_q_minus_one() {
        assertThat(new GammaGammaParameters(6, 4, 15).populationMeanSpend()).isEqualTo(30.0);
        // x = 0 falls back to it; x = 2, zbar = 10: (15 + 20)·6 / (12 + 3) = 14
        GammaGammaModel model = new GammaGammaModel(new GammaGammaParameters(6, 4, 15));
        assertThat(model.expectedAverageSpend(0, 0)).isEqualTo(30.0);
        assertThat(model.expectedAverageSpend(2, 10)).isCloseTo(14.0, within(1e-12));
    }

    @Test
    void no_repeat_buyers_is_a_plain_failure() {
        ModelFit<GammaGammaParameters> fit =
                GammaGammaFitter.fit(new int[] {0, 0}, new double[] {0, 0}, FitOptions.DEFAULT);
        assertThat(((ModelFit.Failed<GammaGammaParameters>) fit).reason())
                .isEqualTo("no customer has a repeat purchase with positive spend, so there is no spend to model");
    }

    @Test
    void past_the_sample_limit_the_fit_uses_a_seeded_sample_of_exactly_that_size() {
        RfmSummaries population = BgNbdSimulator.simulate(
                new BgNbdParameters(1.0, 5, 0.5, 3), 30_000, 52, PeriodUnit.WEEKS, false, new SplittableRandom(5));
        RfmSummaries withSpend =
                BgNbdSimulator.withSpend(population, new GammaGammaParameters(6, 4, 15), new SplittableRandom(6));
        int eligible = GammaGammaFitter.eligible(withSpend.x(), withSpend.zbar());
        assertThat(eligible).isGreaterThan(5_000);
        FitOptions sampled = new FitOptions(200, 1e-7, 18, 600, 5_000, 11);

        ModelFit<GammaGammaParameters> first = GammaGammaFitter.fit(withSpend.x(), withSpend.zbar(), sampled);
        ModelFit<GammaGammaParameters> again = GammaGammaFitter.fit(withSpend.x(), withSpend.zbar(), sampled);
        ModelFit<GammaGammaParameters> otherSeed =
                GammaGammaFitter.fit(withSpend.x(), withSpend.zbar(), sampled.withSeed(12));

        assertThat(first.customers()).isEqualTo(5_000);
        assertThat(again.parametersOrThrow()).isEqualTo(first.parametersOrThrow());
        assertThat(otherSeed.parametersOrThrow()).isNotEqualTo(first.parametersOrThrow());
        // 5,000 repeat buyers still pin the simulated parameters within 15 %
        assertThat(first.parametersOrThrow().p()).isCloseTo(6, within(0.9));
        assertThat(first.parametersOrThrow().q()).isCloseTo(4, within(0.6));
        assertThat(first.parametersOrThrow().gamma()).isCloseTo(15, within(2.25));
    }

    @Test
    void below_the_sample_limit_every_repeat_buyer_is_used() {
        RfmSummaries summaries = Cdnow.weeklySummaries();
        ModelFit<GammaGammaParameters> fit =
                GammaGammaFitter.fit(summaries.x(), summaries.zbar(), new FitOptions(200, 1e-7, 18, 600, 946, 3));
        assertThat(fit.customers()).isEqualTo(946);
    }

    @Test
    void a_fit_capped_at_a_few_evaluations_fails_in_words_instead_of_running_on() {
        RfmSummaries summaries = Cdnow.weeklySummaries();
        ModelFit<GammaGammaParameters> fit =
                GammaGammaFitter.fit(summaries.x(), summaries.zbar(), new FitOptions(200, 1e-7, 18, 3, 1_000_000, 1));
        assertThat(fit.converged()).isFalse();
        assertThat(((ModelFit.Failed<GammaGammaParameters>) fit).reason())
                .contains("used its budget of likelihood evaluations");
    }
}
