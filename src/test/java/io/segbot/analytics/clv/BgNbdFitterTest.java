package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BgNbdFitterTest {

    @Test
    void fit_on_cdnow_sample_matches_the_published_parameters_and_log_likelihood() {
        ModelFit<BgNbdParameters> fit = BgNbdFitter.fit(Cdnow.weeklySummaries());
        assertThat(fit).isInstanceOf(ModelFit.Converged.class);
        ModelFit.Converged<BgNbdParameters> ok = (ModelFit.Converged<BgNbdParameters>) fit;
        BgNbdParameters p = ok.parameters();
        // Fader, Hardie & Lee (2005), Table/section 5: r = 0.2426, α = 4.4136, a = 0.7929, b = 2.4259
        assertThat(p.r()).isCloseTo(0.2426, within(0.2426 * 0.005));
        assertThat(p.alpha()).isCloseTo(4.4136, within(4.4136 * 0.005));
        assertThat(p.a()).isCloseTo(0.7929, within(0.7929 * 0.005));
        assertThat(p.b()).isCloseTo(2.4259, within(2.4259 * 0.005));
        assertThat(ok.logLikelihood()).isCloseTo(-9582.43, within(0.05));
        assertThat(ok.customers()).isEqualTo(2357);
    }

    @Test
    void analytic_gradient_agrees_with_central_differences() {
        int[] x = {0, 1, 2, 5, 0, 3};
        double[] tx = {0, 3.5, 10, 20, 0, 7};
        double[] age = {30, 30, 25, 40, 12, 9};
        BgNbdLikelihood likelihood = new BgNbdLikelihood(BgNbdGroups.of(x, tx, age));
        double[] theta = {Math.log(0.3), Math.log(4), Math.log(0.8), Math.log(2.5)};
        double[] gradient = new double[4];
        likelihood.value(theta, gradient);
        for (int i = 0; i < 4; i++) {
            double h = 1e-6;
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (likelihood.value(up, null) - likelihood.value(down, null)) / (2 * h);
            assertThat(gradient[i]).as("dLL/dθ%d", i).isCloseTo(numeric, within(1e-6));
        }
    }

    @Test
    void grouped_likelihood_equals_the_sum_of_per_customer_likelihoods() {
        int[] x = {0, 1, 1, 2, 0, 1};
        double[] tx = {0, 3, 3, 10, 0, 3};
        double[] age = {30, 30, 30, 25, 30, 30};
        BgNbdGroups groups = BgNbdGroups.of(x, tx, age);
        assertThat(groups.groups()).isEqualTo(3); // (0,0,30) ×2, (1,3,30) ×3, (2,10,25)
        BgNbdParameters p = new BgNbdParameters(0.3, 4, 0.8, 2.5);
        BgNbdModel model = new BgNbdModel(p);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += model.logLikelihood(x[i], tx[i], age[i]);
        }
        double[] theta = {Math.log(0.3), Math.log(4), Math.log(0.8), Math.log(2.5)};
        assertThat(new BgNbdLikelihood(groups).value(theta, null)).isCloseTo(sum, within(1e-9));
    }

    @Test
    void fit_recovers_the_parameters_of_a_simulated_population() {
        BgNbdParameters truth = new BgNbdParameters(0.5, 8, 0.7, 3.0);
        RfmSummaries population = BgNbdSimulator.simulate(
                truth, 40_000, 52, PeriodUnit.WEEKS, false, new java.util.SplittableRandom(20240601));
        BgNbdParameters fitted = BgNbdFitter.fit(population).parametersOrThrow();
        // 40,000 customers: standard errors are a few per cent; 12 % leaves room without being vacuous
        assertThat(fitted.r()).isCloseTo(0.5, within(0.06));
        assertThat(fitted.alpha()).isCloseTo(8, within(0.96));
        assertThat(fitted.a()).isCloseTo(0.7, within(0.084));
        assertThat(fitted.b()).isCloseTo(3.0, within(0.36));
    }

    @Test
    void hitting_the_iteration_cap_is_a_failure_with_a_reason_not_parameters() {
        BgNbdParameters truth = new BgNbdParameters(0.5, 8, 0.7, 3.0);
        RfmSummaries population =
                BgNbdSimulator.simulate(truth, 2_000, 52, PeriodUnit.WEEKS, false, new java.util.SplittableRandom(7));
        ModelFit<BgNbdParameters> fit =
                BgNbdFitter.fit(population.x(), population.tx(), population.age(), new FitOptions(2, 1e-7, 18));
        assertThat(fit).isInstanceOf(ModelFit.Failed.class);
        assertThat(((ModelFit.Failed<BgNbdParameters>) fit).reason())
                .contains("stopped after 2 iterations without settling");
    }

    @Test
    void data_without_repeat_purchases_fail_in_plain_words() {
        ModelFit<BgNbdParameters> fit = BgNbdFitter.fit(
                new int[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {5, 6, 7}, FitOptions.DEFAULT);
        assertThat(((ModelFit.Failed<BgNbdParameters>) fit).reason())
                .isEqualTo("none of the 3 customers bought again, so there is nothing to learn about purchase"
                        + " rates or dropout");
    }

    @Test
    void a_parameter_driven_to_the_edge_of_its_range_is_reported_not_returned() {
        // Everyone bought exactly once more right at the end: no one ever drops out, so b → ∞.
        int n = 500;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1 + i % 3;
            age[i] = 20 + i % 7;
            tx[i] = age[i];
        }
        ModelFit<BgNbdParameters> fit = BgNbdFitter.fit(x, tx, age, FitOptions.DEFAULT);
        assertThat(fit).isInstanceOf(ModelFit.Failed.class);
        assertThat(((ModelFit.Failed<BgNbdParameters>) fit).reason()).contains("the edge of its allowed range");
    }

    @Test
    void two_fits_of_the_same_data_are_identical() {
        RfmSummaries population = BgNbdSimulator.simulate(
                new BgNbdParameters(0.5, 8, 0.7, 3.0),
                5_000,
                52,
                PeriodUnit.WEEKS,
                true,
                new java.util.SplittableRandom(11));
        ModelFit.Converged<BgNbdParameters> first = (ModelFit.Converged<BgNbdParameters>) BgNbdFitter.fit(population);
        ModelFit.Converged<BgNbdParameters> second = (ModelFit.Converged<BgNbdParameters>) BgNbdFitter.fit(population);
        assertThat(second.parameters()).isEqualTo(first.parameters());
        assertThat(second.logLikelihood()).isEqualTo(first.logLikelihood());
        assertThat(second)
                .as("a fit carries no clock: the whole result repeats")
                .isEqualTo(first);
    }
}
