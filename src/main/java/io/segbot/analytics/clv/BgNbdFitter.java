package io.segbot.analytics.clv;

import java.util.List;
import java.util.Locale;

/**
 * Maximum-likelihood BG/NBD fit (Fader, Hardie &amp; Lee 2005). The optimiser works on θ = ln(r, α,
 * a, b) so positivity needs no constraints, minimises the mean negative log-likelihood (tolerances
 * then do not depend on the number of customers), and tries up to three starting points, keeping the
 * first that converges to an interior point.
 */
public final class BgNbdFitter {
    private static final List<String> NAMES = List.of("r", "alpha", "a", "b");

    private BgNbdFitter() {}

    public static ModelFit<BgNbdParameters> fit(RfmSummaries summaries) {
        return fit(summaries.x(), summaries.tx(), summaries.age(), FitOptions.DEFAULT);
    }

    public static ModelFit<BgNbdParameters> fit(int[] x, double[] tx, double[] age, FitOptions options) {
        return fit(RepeatPurchases.of(x, age), BgNbdGroups.of(x, tx, age), options);
    }

    /**
     * The same fit from customers already grouped by (x, t_x, T): {@code count[i]} customers share
     * row {@code i}'s triple (each triple listed once). The likelihood is a sum over such groups
     * anyway, so this gives the parameters {@link #fit(int[], double[], double[], FitOptions)} gives
     * on the customers themselves; a distributed engine (segbot-spark) groups on its workers and fits
     * on the driver.
     */
    public static ModelFit<BgNbdParameters> fitGrouped(
            int[] x, double[] tx, double[] age, double[] count, FitOptions options) {
        return fit(RepeatPurchases.ofGroups(x, age, count), BgNbdGroups.ofCounts(x, tx, age, count), options);
    }

    private static ModelFit<BgNbdParameters> fit(RepeatPurchases repeat, BgNbdGroups groups, FitOptions options) {
        ModelFit.Failed<BgNbdParameters> nothing = repeat.nothingToLearn();
        if (nothing != null) {
            return nothing;
        }
        int n = repeat.customers();
        BgNbdLikelihood likelihood = new BgNbdLikelihood(groups);
        Bfgs.Objective objective = options.meanNegative(likelihood::value, n);
        String failure = null;
        int iterations = 0;
        for (double[] start : starts(repeat.agePerPurchase())) {
            Bfgs.Outcome outcome = options.optimiser().minimise(objective, start);
            iterations += outcome.iterations();
            String reason = failureReason(outcome, options);
            if (reason == null) {
                return new ModelFit.Converged<>(
                        BgNbdParameters.fromLog(outcome.point()), -outcome.value() * n, n, iterations);
            }
            failure = preferredReason(failure, reason);
        }
        return new ModelFit.Failed<>(failure, n, iterations);
    }

    /**
     * Starting points in log space. The first sets r = 1 and α = T̄/x̄ (so the mean rate r/α matches
     * the observed purchases per unit of age) and a mean dropout a/(a+b) of 1/4; the others vary
     * heterogeneity and dropout in case the first lands in a flat region.
     */
    private static List<double[]> starts(double agePerPurchase) {
        double logAlpha = Math.log(agePerPurchase);
        return List.of(
                new double[] {0, logAlpha, 0, Math.log(3)},
                new double[] {Math.log(0.25), logAlpha + Math.log(0.25), Math.log(0.5), Math.log(2)},
                new double[] {Math.log(2), logAlpha + Math.log(2), Math.log(2), Math.log(10)});
    }

    static String failureReason(Bfgs.Outcome outcome, FitOptions options) {
        return failureReason(outcome, options, NAMES);
    }

    static String failureReason(Bfgs.Outcome outcome, FitOptions options, List<String> names) {
        String gradient = String.format(Locale.ROOT, "%.1e", outcome.gradientNorm());
        if (outcome.status() == Bfgs.Status.NON_FINITE) {
            return "the log-likelihood is not a finite number at the starting point; check the data for"
                    + " negative or missing recency and age values";
        }
        // A parameter near the edge means it diverges: whether the optimiser then stopped on the
        // gradient test or on the iteration cap, the parameter is not identified by the data.
        double[] theta = outcome.point();
        for (int i = 0; i < theta.length; i++) {
            if (Math.abs(theta[i]) > options.logBound() - 1) {
                return String.format(
                        Locale.ROOT,
                        "parameter %s ran to %.3g, the edge of its allowed range: the data cannot pin it down"
                                + " (typically too few customers, too short a history, or almost no customer who"
                                + " stopped buying)",
                        names.get(i),
                        Math.exp(theta[i]));
            }
        }
        return switch (outcome.status()) {
            case CONVERGED -> null;
            case MAX_ITERATIONS -> "the optimiser stopped after " + outcome.iterations() + " iterations without"
                    + " settling (largest gradient " + gradient + "): the likelihood is too flat to pin the"
                    + " parameters down";
            case EVALUATION_CAP -> "the optimiser used its budget of likelihood evaluations after "
                    + outcome.iterations() + " iterations without settling (largest gradient " + gradient
                    + "): the likelihood is too flat to pin the parameters down";
            case LINE_SEARCH_FAILED -> "the optimiser could not improve the fit although it had not converged"
                    + " (largest gradient " + gradient + ")";
            default -> throw new IllegalStateException("unhandled status " + outcome.status());
        };
    }

    /** Of several failed starts, the reason most useful to a reader: a diverging parameter first. */
    static String preferredReason(String current, String candidate) {
        if (current == null) {
            return candidate;
        }
        return !current.contains("edge of its allowed range") && candidate.contains("edge of its allowed range")
                ? candidate
                : current;
    }
}
