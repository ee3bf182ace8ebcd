package io.segbot.analytics.clv;

/**
 * Optimiser settings shared by the BG/NBD and Gamma-Gamma fits.
 *
 * @param maxIterations BFGS iteration cap per start (CDNOW and 1M simulated customers converge in ~20)
 * @param gradientTolerance converged when every |∂(mean LL)/∂ ln θ_i| is below this
 * @param logBound parameters must stay within e^±logBound; a fit ending within 1 of the edge is
 *     reported as failed because the data do not identify that parameter
 */
public record FitOptions(int maxIterations, double gradientTolerance, double logBound) {
    public static final FitOptions DEFAULT = new FitOptions(200, 1e-7, 18);

    public FitOptions {
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
        return new Bfgs(gradientTolerance, 1e-4, maxIterations, 2.0);
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
