package io.segbot.analytics.clv;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Per-customer quantities of a fitted BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your
 * customers the easy way"). Times t, t_x and T are in the unit the parameters were fitted in.
 * Immutable and thread-safe.
 */
public final class BgNbdModel {
    private final BgNbdParameters params;
    private final double r;
    private final double alpha;
    private final double a;
    private final double b;

    public BgNbdModel(BgNbdParameters params) {
        this.params = params;
        this.r = params.r();
        this.alpha = params.alpha();
        this.a = params.a();
        this.b = params.b();
    }

    public BgNbdParameters parameters() {
        return params;
    }

    /**
     * One customer's log-likelihood, FHL 2005 eq. 6, as A1 + A2 + log(e^A3 + δ e^A4) evaluated with
     * log-sum-exp (the form of Fader &amp; Hardie's spreadsheet note).
     */
    public double logLikelihood(int x, double tx, double age) {
        double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + age);
        if (x == 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        return a1 + a2 + LogMath.logSumExp(a3, a4);
    }

    /**
     * P(alive | x, t_x, T), FHL 2005 eq. 13 (in their 2008 erratum's form): 1 / (1 + δ_{x>0} a/(b+x−1)
     * ((α+T)/(α+t_x))^(r+x)), computed through the log of the odds so it cannot overflow.
     */
    public double probabilityAlive(int x, double tx, double age) {
        if (x == 0) {
            return 1.0;
        }
        double logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T]: expected purchases in the next t, FHL 2005 eq. 10: (a+b+x−1)/(a−1) · [1 −
     * ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))] / (1 + δ_{x>0} a/(b+x−1)
     * ((α+T)/(α+t_x))^(r+x)).
     */
    public double expectedPurchases(double t, int x, double tx, double age) {
        if (t == 0) {
            return 0;
        }
        if (a == 1.0) {
            // The closed form has a removable singularity at a = 1; evaluate just beside it.
            return new BgNbdModel(new BgNbdParameters(r, alpha, 1 + 1e-7, b)).expectedPurchases(t, x, tx, age);
        }
        double z = t / (alpha + age + t);
        double logPower = (r + x) * Math.log((alpha + age) / (alpha + age + t));
        double scaledHyp = Hypergeometric.timesExp(r + x, b + x, a + b + x - 1, z, logPower);
        double numerator = (a + b + x - 1) / (a - 1) * (1 - scaledHyp);
        return numerator * probabilityAlive(x, tx, age);
    }

    /**
     * E[X(t)] for a customer just acquired, FHL 2005 eq. 9: (a+b−1)/(a−1) [1 − (α/(α+t))^r
     * 2F1(r, b; a+b−1; t/(α+t))].
     */
    public double expectedPurchasesNewCustomer(double t) {
        if (t == 0) {
            return 0;
        }
        double z = t / (alpha + t);
        double scaledHyp = Hypergeometric.timesExp(r, b, a + b - 1, z, r * Math.log(alpha / (alpha + t)));
        return (a + b - 1) / (a - 1) * (1 - scaledHyp);
    }

    /**
     * P(X(t) = n) for a customer just acquired, FHL 2005 eq. 8: B(a, b+n)/B(a,b) · NBD(n; r, α, t) +
     * δ_{n>0} B(a+1, b+n−1)/B(a,b) · P(NBD(r, α, t) ≥ n). The tail is the regularized incomplete beta
     * I_{t/(α+t)}(n, r) (the NBD–beta identity), which keeps tiny probabilities accurate where the
     * note's 1 − Σ_{j&lt;n} form would cancel.
     */
    public double probabilityOfPurchases(int n, double t) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        double logBetaAb = Beta.logBeta(a, b);
        double logNbd = Gamma.logGamma(r + n)
                - Gamma.logGamma(r)
                - Gamma.logGamma(n + 1.0)
                + r * Math.log(alpha / (alpha + t))
                + (n == 0 ? 0 : n * Math.log(t / (alpha + t)));
        double first = Math.exp(Beta.logBeta(a, b + n) - logBetaAb + logNbd);
        if (n == 0) {
            return first;
        }
        double tail = Beta.regularizedBeta(t / (alpha + t), n, r, 1e-15, 100_000);
        return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - logBetaAb) * tail;
    }
}
