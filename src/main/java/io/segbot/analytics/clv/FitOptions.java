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
}
