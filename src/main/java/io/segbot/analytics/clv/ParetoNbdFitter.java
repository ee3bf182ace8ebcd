package io.segbot.analytics.clv;

import java.util.List;

/**
 * Maximum-likelihood Pareto/NBD fit, optional beside BG/NBD (published CDNOW estimates: r = 0.5532,
 * α = 10.5763, s = 0.6062, β = 11.6715, LL −9594.98). The likelihood's derivatives run through
 * derivatives of 2F1 in its parameters, so BFGS uses central differences (step 1e-5 in ln θ) on the
 * grouped likelihood; slower than BG/NBD, fine for tens of thousands of distinct (x, t_x, T).
 */
public final class ParetoNbdFitter {
    private static final List<String> NAMES = List.of("r", "alpha", "s", "beta");
    private static final double STEP = 1e-5;

    private ParetoNbdFitter() {}

    public static ModelFit<ParetoNbdParameters> fit(RfmSummaries summaries) {
        return fit(summaries.x(), summaries.tx(), summaries.age(), new FitOptions(200, 1e-6, 18));
    }

    public static ModelFit<ParetoNbdParameters> fit(int[] x, double[] tx, double[] age, FitOptions options) {
        RepeatPurchases repeat = RepeatPurchases.of(x, age);
        ModelFit.Failed<ParetoNbdParameters> nothing = repeat.nothingToLearn();
        if (nothing != null) {
            return nothing;
        }
        int n = x.length;
        BgNbdGroups groups = BgNbdGroups.of(x, tx, age);
        Bfgs.Objective objective = (theta, gradient) -> {
            double f = meanNegativeLogLikelihood(groups, theta, options.logBound());
            for (int i = 0; i < theta.length && Double.isFinite(f); i++) {
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[i] += STEP;
                down[i] -= STEP;
                gradient[i] = (meanNegativeLogLikelihood(groups, up, options.logBound())
                                - meanNegativeLogLikelihood(groups, down, options.logBound()))
                        / (2 * STEP);
            }
            return f;
        };
        // Start: r = s = 1, α = β = mean age per purchase (mean purchase and dropout rates of one per that time).
        double logScale = Math.log(repeat.agePerPurchase());
        Bfgs.Outcome outcome = options.optimiser().minimise(objective, new double[] {0, logScale, 0, logScale});
        String reason = BgNbdFitter.failureReason(outcome, options, NAMES);
        if (reason != null) {
            return new ModelFit.Failed<>(reason, n, outcome.iterations());
        }
        double[] p = outcome.point();
        return new ModelFit.Converged<>(
                new ParetoNbdParameters(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3])),
                -outcome.value() * n,
                n,
                outcome.iterations());
    }

    private static double meanNegativeLogLikelihood(BgNbdGroups groups, double[] theta, double bound) {
        for (double t : theta) {
            if (Math.abs(t) > bound) {
                return Double.POSITIVE_INFINITY;
            }
        }
        ParetoNbdModel model = new ParetoNbdModel(new ParetoNbdParameters(
                Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]), Math.exp(theta[3])));
        double ll = 0;
        try {
            for (int g = 0; g < groups.groups(); g++) {
                ll += groups.count[g] * model.logLikelihood(groups.x(g), groups.tx(g), groups.age(g));
            }
        } catch (ArithmeticException e) {
            return Double.NaN; // 2F1 out of its series' reach: the line search backs off
        }
        return -ll / groups.customers;
    }
}
