package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ParetoNbdFitterTest {

    @Test
    void fit_on_cdnow_sample_matches_the_published_pareto_nbd_estimates() {
        ModelFit.Converged<ParetoNbdParameters> fit =
                (ModelFit.Converged<ParetoNbdParameters>) ParetoNbdFitter.fit(Cdnow.weeklySummaries());
        ParetoNbdParameters p = fit.parameters();
        // Fader, Hardie & Lee (2005): r = 0.5532, α = 10.5763, s = 0.6062, β = 11.6715, LL −9594.98
        assertThat(p.r()).isCloseTo(0.5532, within(0.5532 * 0.005));
        assertThat(p.alpha()).isCloseTo(10.5763, within(10.5763 * 0.005));
        assertThat(p.s()).isCloseTo(0.6062, within(0.6062 * 0.005));
        assertThat(p.beta()).isCloseTo(11.6715, within(11.6715 * 0.005));
        assertThat(fit.logLikelihood()).isCloseTo(-9594.98, within(0.05));
    }

    @Test
    void both_forms_of_a0_agree_where_alpha_equals_beta() {
        // A0 switches formula at α = β; the likelihood must be continuous there
        ParetoNbdModel below = new ParetoNbdModel(new ParetoNbdParameters(0.5, 10 - 1e-9, 0.6, 10));
        ParetoNbdModel above = new ParetoNbdModel(new ParetoNbdParameters(0.5, 10 + 1e-9, 0.6, 10));
        assertThat(below.logLikelihood(3, 20, 38)).isCloseTo(above.logLikelihood(3, 20, 38), within(1e-7));
    }

    @Test
    void a_customer_who_bought_at_the_end_of_calibration_is_surely_alive() {
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(0.5532, 10.5763, 0.6062, 11.6715));
        assertThat(model.probabilityAlive(4, 38, 38)).isEqualTo(1.0);
        assertThat(model.probabilityAlive(4, 5, 38)).isBetween(0.0, 0.5);
    }

    @Test
    void data_without_repeat_purchases_fail_in_the_same_words_as_bg_nbd() {
        int[] x = {0, 0, 0};
        double[] tx = {0, 0, 0};
        double[] age = {5, 6, 7};
        ModelFit<ParetoNbdParameters> pareto = ParetoNbdFitter.fit(x, tx, age, FitOptions.DEFAULT);
        ModelFit<BgNbdParameters> bg = BgNbdFitter.fit(x, tx, age, FitOptions.DEFAULT);
        assertThat(((ModelFit.Failed<ParetoNbdParameters>) pareto).reason())
                .isEqualTo("none of the 3 customers bought again, so there is nothing to learn about purchase"
                        + " rates or dropout")
                .isEqualTo(((ModelFit.Failed<BgNbdParameters>) bg).reason());
    }
}
