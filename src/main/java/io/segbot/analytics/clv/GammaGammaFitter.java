package io.segbot.analytics.clv;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Maximum-likelihood Gamma-Gamma fit (Fader &amp; Hardie 2013) on the customers with x &gt; 0 and a
 * positive mean repeat spend (the density is defined for zbar &gt; 0 only; customers whose returns net
 * their spend to zero or less are left out). Optimises ln(p, q, γ) with BFGS and the analytic gradient
 * of eq. 4; the terms in lnΓ depend on x only and are summed per distinct x.
 */
public final class GammaGammaFitter {
    private static final List<String> NAMES = List.of("p", "q", "gamma");

    private GammaGammaFitter() {}

    public static ModelFit<GammaGammaParameters> fit(RfmSummaries summaries) {
        return fit(summaries.x(), summaries.zbar(), FitOptions.DEFAULT);
    }

    public static ModelFit<GammaGammaParameters> fit(int[] x, double[] zbar, FitOptions options) {
        Data data = Data.of(x, zbar, options.sampleLimit(), options.seed());
        int n = data.x.length;
        if (n == 0) {
            return new ModelFit.Failed<>(
                    "no customer has a repeat purchase with positive spend, so there is no spend to model", 0, 0);
        }
        Bfgs.Objective objective = options.meanNegative(data::logLikelihood, n);
        String failure = null;
        int iterations = 0;
        double logMean = Math.log(data.meanSpend());
        // Starts: the population mean pγ/(q−1) equal to the observed mean spend, with moderate and
        // then strong heterogeneity across customers.
        for (double[] start : List.of(
                new double[] {Math.log(2), Math.log(3), logMean},
                new double[] {0, Math.log(2), logMean},
                new double[] {Math.log(10), Math.log(10), logMean - Math.log(10.0 / 9)})) {
            Bfgs.Outcome outcome = options.optimiser().minimise(objective, start);
            iterations += outcome.iterations();
            String reason = BgNbdFitter.failureReason(outcome, options, NAMES);
            if (reason != null) {
                failure = BgNbdFitter.preferredReason(failure, reason);
            } else {
                GammaGammaParameters params = new GammaGammaParameters(
                        Math.exp(outcome.point()[0]), Math.exp(outcome.point()[1]), Math.exp(outcome.point()[2]));
                if (!(params.q() > 1)) {
                    failure = BgNbdFitter.preferredReason(
                            failure,
                            "the fitted spend distribution has no finite mean (q = " + params.q()
                                    + " is not above 1): a few very large spenders dominate; expected spend is undefined");
                    continue;
                }
                return new ModelFit.Converged<>(params, -outcome.value() * n, n, iterations);
            }
        }
        return new ModelFit.Failed<>(failure, n, iterations);
    }

    /** How many customers the spend model can be fitted on: repeat buyers with positive spend. */
    public static int eligible(int[] x, double[] zbar) {
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && zbar[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Repeat buyers with positive spend, with per-customer logs precomputed; past {@code limit} of
     * them a seeded simple random sample of exactly {@code limit} (selection sampling, Knuth TAOCP
     * vol. 2, Algorithm 3.4.2 S), which keeps the customers' order.
     */
    private record Data(int[] x, double[] logZbar, double[] total, int[] xValues, double[] countPerX, double[] logX) {
        static Data of(int[] allX, double[] allZbar, int limit, long seed) {
            int eligible = eligible(allX, allZbar);
            int n = Math.min(eligible, limit);
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            int[] x = new int[n];
            double[] logZbar = new double[n];
            double[] total = new double[n];
            int k = 0;
            int seen = 0;
            for (int i = 0; i < allX.length && k < n; i++) {
                if (!(allX[i] > 0 && allZbar[i] > 0)) {
                    continue;
                }
                boolean take = n == eligible || random.nextInt(eligible - seen) < n - k;
                seen++;
                if (take) {
                    x[k] = allX[i];
                    logZbar[k] = Math.log(allZbar[i]);
                    total[k++] = allX[i] * allZbar[i];
                }
            }
            Distinct distinct = Distinct.of(x);
            int[] xValues = new int[distinct.values().length];
            double[] countPerX = new double[xValues.length];
            double[] logX = new double[xValues.length];
            for (int i = 0; i < xValues.length; i++) {
                xValues[i] = (int) distinct.values()[i];
                logX[i] = Math.log(xValues[i]);
            }
            for (int i = 0; i < n; i++) {
                countPerX[distinct.index()[i]]++;
            }
            return new Data(x, logZbar, total, xValues, countPerX, logX);
        }

        double meanSpend() {
            double sum = 0;
            double count = 0;
            for (int i = 0; i < x.length; i++) {
                sum += total[i];
                count += x[i];
            }
            return sum / count;
        }

        /** Total LL (Fader &amp; Hardie 2013 eq. 4) and dLL/d ln(p, q, γ). */
        double logLikelihood(double[] theta, double[] gradient) {
            double p = Math.exp(theta[0]);
            double q = Math.exp(theta[1]);
            double gamma = Math.exp(theta[2]);
            double logGamma = theta[2];
            double lgQ = Gamma.logGamma(q);
            double psiQ = Gamma.digamma(q);
            double ll = 0;
            double dp = 0;
            double dq = 0;
            double dGamma = 0;
            for (int j = 0; j < xValues.length; j++) {
                double px = p * xValues[j];
                double c = countPerX[j];
                double psiPxQ = Gamma.digamma(px + q);
                ll += c * (Gamma.logGamma(px + q) - Gamma.logGamma(px) - lgQ + q * logGamma + px * logX[j]);
                dp += c * xValues[j] * (psiPxQ - Gamma.digamma(px) + logX[j]);
                dq += c * (psiPxQ - psiQ + logGamma);
                dGamma += c * q / gamma;
            }
            for (int i = 0; i < x.length; i++) {
                double px = p * x[i];
                double logTotal = Math.log(gamma + total[i]);
                ll += (px - 1) * logZbar[i] - (px + q) * logTotal;
                dp += x[i] * (logZbar[i] - logTotal);
                dq -= logTotal;
                dGamma -= (px + q) / (gamma + total[i]);
            }
            gradient[0] = dp * p;
            gradient[1] = dq * q;
            gradient[2] = dGamma * gamma;
            return ll;
        }
    }
}
