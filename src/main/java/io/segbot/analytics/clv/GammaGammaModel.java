package io.segbot.analytics.clv;

import org.apache.commons.math3.special.Gamma;

/** Per-customer quantities of a fitted Gamma-Gamma spend model (Fader &amp; Hardie 2013). Thread-safe. */
public final class GammaGammaModel {
    private final GammaGammaParameters params;

    public GammaGammaModel(GammaGammaParameters params) {
        if (!(params.q() > 1)) {
            throw new IllegalArgumentException("expected spend needs q > 1, got q=" + params.q());
        }
        this.params = params;
    }

    public GammaGammaParameters parameters() {
        return params;
    }

    /**
     * E[Z | x, zbar] = (γ + x·zbar) p / (p x + q − 1) (Fader &amp; Hardie 2013, eq. 5): a weighted mean
     * of the population mean pγ/(q−1) and the customer's own zbar, the weight on zbar growing with x.
     * For x = 0 it is the population mean.
     */
    public double expectedAverageSpend(int x, double zbar) {
        double p = params.p();
        return (params.gamma() + x * zbar) * p / (p * x + params.q() - 1);
    }

    /**
     * Log-density of the observed mean spend zbar of x transactions (Fader &amp; Hardie 2013, eq. 4):
     * lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln zbar + px ln x − (px+q) ln(γ + x·zbar).
     */
    public static double logLikelihood(GammaGammaParameters params, int x, double zbar) {
        double px = params.p() * x;
        double q = params.q();
        return Gamma.logGamma(px + q)
                - Gamma.logGamma(px)
                - Gamma.logGamma(q)
                + q * Math.log(params.gamma())
                + (px - 1) * Math.log(zbar)
                + px * Math.log(x)
                - (px + q) * Math.log(params.gamma() + x * zbar);
    }
}
