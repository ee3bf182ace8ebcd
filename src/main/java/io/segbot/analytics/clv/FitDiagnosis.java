package io.segbot.analytics.clv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a converged but useless BG/NBD fit from a useful one, so a degenerate model is never shown
 * as truth. On the Online Retail data the maximum-likelihood fit gives a = 0.0044 (scipy agrees):
 * the Beta(a, b) dropout distribution (Fader, Hardie &amp; Lee 2005, section 3) then puts almost all
 * its mass at zero dropout, every repeat buyer gets P(alive) at or above 0.98, and a customer silent
 * for a year reads as "Low" churn. segbot's rule, applied after every fit:
 *
 * <ol>
 *   <li>a parameter at the edge of what the optimiser can reach: r, alpha, a or b below {@value
 *       #LOW_BOUND} or above {@value #HIGH_BOUND} (the fit runs on log-parameters, so these are
 *       effectively 0 or infinity);
 *   <li>P(alive) that does not tell repeat buyers apart: its 5th to 95th percentile range below
 *       {@value #MIN_SPREAD};
 *   <li>(calibration/holdout checks only) the predicted holdout purchases off the actual ones by
 *       more than {@value #MAX_HOLDOUT_ERROR} of the actual.
 * </ol>
 *
 * When any holds, the run keeps the rule-based churn bands and says why. Pure, thread-safe.
 */
public final class FitDiagnosis {
    public static final double LOW_BOUND = 0.01;
    public static final double HIGH_BOUND = 10_000;
    public static final double MIN_SPREAD = 0.05;
    public static final double MAX_HOLDOUT_ERROR = 0.5;

    private FitDiagnosis() {}

    /** Why the fit should not be used, or empty when it is informative. */
    public static Optional<String> degenerate(BgNbdParameters fit, double[] pAliveOfRepeatBuyers) {
        String[] names = {"r", "alpha", "a", "b"};
        double[] values = {fit.r(), fit.alpha(), fit.a(), fit.b()};
        for (int i = 0; i < values.length; i++) {
            if (values[i] < LOW_BOUND || values[i] > HIGH_BOUND) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "the BG/NBD fit is degenerate: %s = %.4g is at the edge of its range (rule: r, alpha, a, b"
                                + " within [%s, %s]), so its P(alive) is not meaningful",
                        names[i],
                        values[i],
                        LOW_BOUND,
                        (long) HIGH_BOUND));
            }
        }
        if (pAliveOfRepeatBuyers.length >= 20) {
            double[] sorted = pAliveOfRepeatBuyers.clone();
            Arrays.sort(sorted);
            double spread = quantile(sorted, 0.95) - quantile(sorted, 0.05);
            if (spread < MIN_SPREAD) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "the BG/NBD fit is uninformative: P(alive) of repeat buyers spans only %.3f from its 5th to"
                                + " its 95th percentile (rule: at least %.2f), so it cannot rank churn risk",
                        spread,
                        MIN_SPREAD));
            }
        }
        return Optional.empty();
    }

    /** Rule 3: the relative error of predicted against actual holdout purchases, if above the limit. */
    public static Optional<String> holdout(double predicted, double actual) {
        double error =
                actual <= 0 ? (predicted > 0 ? Double.POSITIVE_INFINITY : 0) : Math.abs(predicted - actual) / actual;
        if (error > MAX_HOLDOUT_ERROR) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "the BG/NBD fit does not predict the holdout: %.1f purchases predicted, %.0f actual"
                            + " (rule: within %.0f%%)",
                    predicted,
                    actual,
                    MAX_HOLDOUT_ERROR * 100));
        }
        return Optional.empty();
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
    }
}
