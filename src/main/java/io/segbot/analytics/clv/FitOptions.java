package io.segbot.analytics.clv;

/**
 * Optimiser settings shared by the BG/NBD and Gamma-Gamma fits.
 *
 * @param maxIterations BFGS iteration cap per start (CDNOW and 1M simulated customers converge in ~20)
 * @param gradientTolerance converged when every |∂(mean LL)/∂ ln θ_i| is below this
 * @param logBound parameters must stay within e^±logBound; a fit ending within 1 of the edge is
 *     reported as failed because the data do not identify that parameter
 * @param maxEvaluations cap on likelihood evaluations per start, line searches included: each one is
 *     a pass over the data, so this bounds a fit's time whatever the likelihood's shape (an
 *     unbounded search on 5.5M repeat buyers once ran for minutes without converging)
 * @param sampleLimit Gamma-Gamma, whose likelihood cannot be grouped, is fitted on a seeded random
 *     sample of this many repeat buyers when there are more (1M pins p, q and γ far tighter than
 *     the gradient tolerance needs); the fit states the sample size
 * @param seed the seed of that sample
 */
public record FitOptions(
        int maxIterations, double gradientTolerance, double logBound, int maxEvaluations, int sampleLimit, long seed) {
    public static final FitOptions DEFAULT = new FitOptions(200, 1e-7, 18);

    /** The defaults for the evaluation cap (600), the sample limit (1M) and its seed (1). */
    public FitOptions(int maxIterations, double gradientTolerance, double logBound) {
        this(maxIterations, gradientTolerance, logBound, 600, 1_000_000, 1);
    }

    public FitOptions {
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, got " + maxEvaluations);
        }
        if (sampleLimit < 100) {
            throw new IllegalArgumentException("sampleLimit must be >= 100, got " + sampleLimit);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
        }
        if (!(gradientTolerance > 0)) {
            throw new IllegalArgumentException("gradientTolerance must be > 0, got " + gradientTolerance);
        }
        if (!(logBound > 1)) {
            throw new IllegalArgumentException("logBound must be > 1, got " + logBound);
        }
    }

    Bfgs optimiser() {
        return new Bfgs(gradientTolerance, 1e-4, maxIterations, 2.0, maxEvaluations);
    }

    /** The same settings with another seed for the Gamma-Gamma sample. */
    public FitOptions withSeed(long newSeed) {
        return new FitOptions(maxIterations, gradientTolerance, logBound, maxEvaluations, sampleLimit, newSeed);
    }

    /** A total log-likelihood at θ that fills dLL/dθ into {@code gradient}. */
    interface LogLikelihood {
        double value(double[] theta, double[] gradient);
    }

    /**
     * The optimiser's objective: −LL/n (tolerances then do not depend on the number of customers),
     * +∞ outside e^±logBound so the line search backs off from runaway parameters.
     */
    Bfgs.Objective meanNegative(LogLikelihood logLikelihood, int customers) {
        return (theta, gradient) -> {
            for (double t : theta) {
                if (Math.abs(t) > logBound) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            double ll = logLikelihood.value(theta, gradient);
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] = -gradient[i] / customers;
            }
            return -ll / customers;
        };
    }
}
