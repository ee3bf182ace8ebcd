package io.segbot.analytics.clv;

/**
 * Pareto/NBD parameters (Schmittlein, Morrison &amp; Colombo 1987): purchase rates λ ~ Gamma(r, α),
 * dropout rates μ ~ Gamma(s, β); α and β are in the time unit of the data.
 */
public record ParetoNbdParameters(double r, double alpha, double s, double beta) {
    public ParetoNbdParameters {
        BgNbdParameters.requirePositive("r", r);
        BgNbdParameters.requirePositive("alpha", alpha);
        BgNbdParameters.requirePositive("s", s);
        BgNbdParameters.requirePositive("beta", beta);
    }
}
