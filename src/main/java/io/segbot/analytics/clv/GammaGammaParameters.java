package io.segbot.analytics.clv;

/**
 * Gamma-Gamma spend parameters (Fader &amp; Hardie 2013, "The Gamma-Gamma Model of Monetary
 * Value"): a transaction's value z ~ Gamma(p, ν), the customer's scale ν ~ Gamma(q, γ).
 */
public record GammaGammaParameters(double p, double q, double gamma) {
    public GammaGammaParameters {
        BgNbdParameters.requirePositive("p", p);
        BgNbdParameters.requirePositive("q", q);
        BgNbdParameters.requirePositive("gamma", gamma);
    }

    /** E[Z] = pγ/(q − 1), the population mean spend per transaction; infinite unless q &gt; 1. */
    public double populationMeanSpend() {
        return q > 1 ? p * gamma / (q - 1) : Double.POSITIVE_INFINITY;
    }
}
