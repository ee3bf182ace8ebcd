package io.segbot.analytics.clv;

import java.util.stream.IntStream;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD log-likelihood (FHL 2005 eq. 6) and its analytic gradient in log-parameters θ = (ln r,
 * ln α, ln a, ln b), summed over customer groups. Per customer LL = A1 + A2 + log(e^A3 + δ e^A4) with
 * A1 = lnΓ(r+x) − lnΓ(r) + r ln α, A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x), A3 = −(r+x) ln(α+T),
 * A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x). A1 and A2 depend on x only and are summed per distinct x;
 * per group only one exp and one log1p remain. Chunks are summed in a fixed order, so results are
 * identical whether or not the work runs in parallel.
 */
final class BgNbdLikelihood {
    private static final int CHUNK = 1 << 16;

    private final BgNbdGroups data;
    private final double[] countPerX;

    BgNbdLikelihood(BgNbdGroups data) {
        this.data = data;
        this.countPerX = new double[data.xValues.length];
        for (int g = 0; g < data.groups(); g++) {
            countPerX[data.groupX[g]] += data.count[g];
        }
    }

    int customers() {
        return data.customers;
    }

    /** Total log-likelihood at θ; fills {@code gradient} (length 4) with dLL/dθ when non-null. */
    double value(double[] theta, double[] gradient) {
        double r = Math.exp(theta[0]);
        double alpha = Math.exp(theta[1]);
        double a = Math.exp(theta[2]);
        double b = Math.exp(theta[3]);
        int nx = data.xValues.length;
        double[] c4 = new double[nx];
        for (int i = 0; i < nx; i++) {
            int x = data.xValues[i];
            c4[i] = x == 0 ? 0 : Math.log(a) - Math.log(b + x - 1);
        }
        double[][] logTx = logsAndInverses(data.txValues, alpha);
        double[][] logAge = logsAndInverses(data.ageValues, alpha);
        int chunks = (data.groups() + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        double[][] partial = (chunks > 1 ? range.parallel() : range)
                .mapToObj(k -> chunk(k, r, c4, logTx, logAge))
                .toArray(double[][]::new);
        double[] sums = new double[3 + nx];
        for (double[] p : partial) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += p[i];
            }
        }
        return combine(r, alpha, a, b, sums, gradient);
    }

    /** Sums over one chunk: [Σ LSE, Σ dLSE/dr, Σ dLSE/dα, Σ_{groups of x} w per distinct x...]. */
    private double[] chunk(int k, double r, double[] c4, double[][] logTx, double[][] logAge) {
        double[] sums = new double[3 + c4.length];
        int end = Math.min(data.groups(), (k + 1) * CHUNK);
        for (int g = k * CHUNK; g < end; g++) {
            int xi = data.groupX[g];
            int x = data.xValues[xi];
            double n = data.count[g];
            double rx = r + x;
            double lAge = logAge[0][data.groupAge[g]];
            double a3 = -rx * lAge;
            if (x == 0) {
                sums[0] += n * a3;
                sums[1] -= n * lAge;
                sums[2] -= n * rx * logAge[1][data.groupAge[g]];
                continue;
            }
            double lTx = logTx[0][data.groupTx[g]];
            double d = c4[xi] - rx * lTx - a3;
            double w; // weight of the "dropped out after t_x" term A4
            double lse;
            if (d > 0) {
                double e = Math.exp(-d);
                lse = a3 + d + Math.log1p(e);
                w = 1 / (1 + e);
            } else {
                double e = Math.exp(d);
                lse = a3 + Math.log1p(e);
                w = e / (1 + e);
            }
            sums[0] += n * lse;
            sums[1] -= n * ((1 - w) * lAge + w * lTx);
            sums[2] -= n * rx * ((1 - w) * logAge[1][data.groupAge[g]] + w * logTx[1][data.groupTx[g]]);
            sums[3 + xi] += n * w;
        }
        return sums;
    }

    private double combine(double r, double alpha, double a, double b, double[] sums, double[] gradient) {
        double lgR = Gamma.logGamma(r);
        double lgB = Gamma.logGamma(b);
        double lgAB = Gamma.logGamma(a + b);
        double psiR = Gamma.digamma(r);
        double psiB = Gamma.digamma(b);
        double psiAB = Gamma.digamma(a + b);
        double ll = sums[0];
        double dr = sums[1];
        double dAlpha = sums[2];
        double da = 0;
        double db = 0;
        for (int i = 0; i < data.xValues.length; i++) {
            int x = data.xValues[i];
            double n = countPerX[i];
            ll += n
                    * (Gamma.logGamma(r + x)
                            - lgR
                            + r * Math.log(alpha)
                            + lgAB
                            + Gamma.logGamma(b + x)
                            - lgB
                            - Gamma.logGamma(a + b + x));
            dr += n * (Gamma.digamma(r + x) - psiR + Math.log(alpha));
            dAlpha += n * r / alpha;
            double psiABx = Gamma.digamma(a + b + x);
            da += n * (psiAB - psiABx);
            db += n * (psiAB + Gamma.digamma(b + x) - psiB - psiABx);
            if (x > 0) {
                da += sums[3 + i] / a;
                db -= sums[3 + i] / (b + x - 1);
            }
        }
        if (gradient != null) {
            gradient[0] = dr * r;
            gradient[1] = dAlpha * alpha;
            gradient[2] = da * a;
            gradient[3] = db * b;
        }
        return ll;
    }

    private static double[][] logsAndInverses(double[] values, double alpha) {
        double[][] out = new double[2][values.length];
        for (int i = 0; i < values.length; i++) {
            out[0][i] = Math.log(alpha + values[i]);
            out[1][i] = 1 / (alpha + values[i]);
        }
        return out;
    }
}
