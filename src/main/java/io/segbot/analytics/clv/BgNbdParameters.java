package io.segbot.analytics.clv;

/**
 * BG/NBD parameters (Fader, Hardie &amp; Lee 2005): purchase rates λ ~ Gamma(shape r, rate α) and
 * dropout probabilities p ~ Beta(a, b). α is in the time unit of the data it was fitted on.
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {
    public BgNbdParameters {
        requirePositive("r", r);
        requirePositive("alpha", alpha);
        requirePositive("a", a);
        requirePositive("b", b);
    }

    static void requirePositive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be a positive finite number, got " + value);
        }
    }

    double[] toArray() {
        return new double[] {r, alpha, a, b};
    }

    static BgNbdParameters fromLog(double[] logs) {
        return new BgNbdParameters(Math.exp(logs[0]), Math.exp(logs[1]), Math.exp(logs[2]), Math.exp(logs[3]));
    }
}
