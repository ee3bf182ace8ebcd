package io.segbot.analytics.clv;

/**
 * Gauss hypergeometric function 2F1(a, b; c; z) by its power series (Abramowitz &amp; Stegun 15.1.1),
 * Σ_k (a)_k (b)_k / ((c)_k k!) z^k, for 0 ≤ z &lt; 1, which is the range BG/NBD's conditional
 * expectation needs (z = t / (α + T + t), Fader, Hardie &amp; Lee 2005 eq. 10). The series converges
 * geometrically with ratio → z. For a heavy buyer (large a and b) the sum can exceed the double range
 * while the BG/NBD prefactor ((α+T)/(α+T+t))^(r+x) underflows, so the sum is carried with a running
 * scale and multiplied by the prefactor in log space.
 */
final class Hypergeometric {
    private static final double RESCALE = 1e200;
    private static final double LOG_RESCALE = Math.log(RESCALE);
    private static final int MAX_TERMS = 1_000_000;
    private static final double TOLERANCE = 1e-16;

    private Hypergeometric() {}

    /** 2F1(a, b; c; z). */
    static double value(double a, double b, double c, double z) {
        return timesExp(a, b, c, z, 0.0);
    }

    /**
     * exp(logFactor) × 2F1(a, b; c; z), without intermediate overflow.
     *
     * @throws ArithmeticException if the arguments are outside the series' domain or it does not
     *     converge within a million terms
     */
    static double timesExp(double a, double b, double c, double z, double logFactor) {
        double[] scaled = series(a, b, c, z);
        double sum = scaled[0];
        return Math.copySign(Math.exp(Math.log(Math.abs(sum)) + scaled[1] + logFactor), sum);
    }

    /** ln 2F1(a, b; c; z) for a positive value (as when a, b, c &gt; 0), without overflow. */
    static double log(double a, double b, double c, double z) {
        double[] scaled = series(a, b, c, z);
        if (!(scaled[0] > 0)) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") is not positive");
        }
        return Math.log(scaled[0]) + scaled[1];
    }

    /** {sum, shift} with 2F1 = sum · e^shift. */
    private static double[] series(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new ArithmeticException("2F1 series needs 0 <= z < 1, got z=" + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new ArithmeticException("2F1 is undefined for c = " + c + " (zero or a negative integer)");
        }
        double term = 1.0;
        double sum = 1.0;
        double shift = 0.0;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            if (Math.abs(sum) > RESCALE) {
                sum /= RESCALE;
                term /= RESCALE;
                shift += LOG_RESCALE;
            }
            // Once the term ratio is below one and heading to z, the remaining tail is at most
            // |term| · q / (1 − q) with q = max(ratio, z); stop when that is below the tolerance.
            double tailRatio = Math.max(Math.abs(ratio), z);
            if (term == 0.0 || (tailRatio < 1 && Math.abs(term) <= TOLERANCE * Math.abs(sum) * (1 - tailRatio))) {
                return new double[] {sum, shift};
            }
        }
        throw new ArithmeticException("2F1 series did not converge in " + MAX_TERMS + " terms for a=" + a + ", b=" + b
                + ", c=" + c + ", z=" + z);
    }
}
