package io.segbot.analytics.clv;

import org.apache.commons.math3.special.Gamma;

/**
 * Per-customer quantities of the Pareto/NBD model, for users who compare it with BG/NBD. Formulas
 * from Fader &amp; Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related Expressions",
 * eqs. 22–23 (likelihood with the α ≥ β / α &lt; β forms of A0), 18 (P(alive)) and 27 (conditional
 * expectation), all in log space: A0 is a difference of two hypergeometric terms, taken as
 * log F(t_x) + log1p(−F(T)/F(t_x)). Thread-safe.
 */
public final class ParetoNbdModel {
    private final double r;
    private final double alpha;
    private final double s;
    private final double beta;

    public ParetoNbdModel(ParetoNbdParameters params) {
        this.r = params.r();
        this.alpha = params.alpha();
        this.s = params.s();
        this.beta = params.beta();
    }

    /** ln L(r, α, s, β | x, t_x, T). */
    public double logLikelihood(int x, double tx, double age) {
        double constant = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double aliveTerm = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        double logA0 = logA0(x, tx, age);
        if (logA0 == Double.NEGATIVE_INFINITY) {
            return constant + aliveTerm;
        }
        return constant + LogMath.logSumExp(aliveTerm, Math.log(s / (r + s + x)) + logA0);
    }

    /** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) · (α+T)^(r+x) (β+T)^s · A0). */
    public double probabilityAlive(int x, double tx, double age) {
        double logA0 = logA0(x, tx, age);
        if (logA0 == Double.NEGATIVE_INFINITY) {
            return 1.0;
        }
        double logOdds = Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + age) + s * Math.log(beta + age) + logA0;
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive); the
     * s = 1 limit is (r+x)(β+T)/(α+T) · ln((β+T+t)/(β+T)) · P(alive).
     */
    public double expectedPurchases(double t, int x, double tx, double age) {
        double ratio = (beta + age) / (beta + age + t);
        double horizon = Math.abs(s - 1) < 1e-9 ? -Math.log(ratio) : -Math.expm1((s - 1) * Math.log(ratio)) / (s - 1);
        return (r + x) * (beta + age) / (alpha + age) * horizon * probabilityAlive(x, tx, age);
    }

    /** ln A0, −∞ when t_x = T (A0 = 0). */
    private double logA0(int x, double tx, double age) {
        if (tx >= age) {
            return Double.NEGATIVE_INFINITY;
        }
        double a1 = r + s + x;
        double c1 = a1 + 1;
        double b1 = alpha >= beta ? s + 1 : r + x;
        double base = Math.max(alpha, beta);
        double gap = Math.abs(alpha - beta);
        double logAtTx = Hypergeometric.log(a1, b1, c1, gap / (base + tx)) - a1 * Math.log(base + tx);
        double logAtAge = Hypergeometric.log(a1, b1, c1, gap / (base + age)) - a1 * Math.log(base + age);
        return logAtTx + Math.log1p(-Math.exp(logAtAge - logAtTx));
    }
}
