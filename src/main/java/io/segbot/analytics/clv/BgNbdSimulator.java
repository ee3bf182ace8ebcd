package io.segbot.analytics.clv;

import java.util.SplittableRandom;

/**
 * Draws customers from the BG/NBD story (Fader, Hardie &amp; Lee 2005, section 2): each customer has
 * a Poisson purchase rate λ ~ Gamma(r, α) and, after every repeat purchase, drops out with probability
 * p ~ Beta(a, b). Used to test that the fit recovers known parameters and to benchmark at scale.
 */
public final class BgNbdSimulator {
    private BgNbdSimulator() {}

    /**
     * Simulates {@code customers} customers, each first buying at time 0 and observed for an age T
     * uniform on (0, maxAge], in {@code unit} (which only labels the result: α is in that unit). With {@code wholeUnits} T is a whole number of units, purchase times
     * are rounded up to whole units and purchases in the same unit merge, as in real day-stamped data.
     * zbar is left at 0 (see {@link #withSpend}). Day stamps are not quite the model (the fastest
     * buyers' same-day purchases merge), so fits on such data recover r and α to a few per cent, not
     * to sampling error; exact times recover them to sampling error.
     */
    public static RfmSummaries simulate(
            BgNbdParameters params,
            int customers,
            double maxAge,
            PeriodUnit unit,
            boolean wholeUnits,
            SplittableRandom random) {
        String[] ids = new String[customers];
        int[] x = new int[customers];
        double[] tx = new double[customers];
        double[] age = new double[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = Integer.toString(i + 1);
            double lambda = RandomDraws.gamma(params.r(), random) / params.alpha();
            double p = RandomDraws.beta(params.a(), params.b(), random);
            double t = 0;
            double last = 0;
            double limit = wholeUnits
                    ? Math.ceil(RandomDraws.uniformOpen(random) * maxAge)
                    : RandomDraws.uniformOpen(random) * maxAge;
            int repeats = 0;
            while (true) {
                t += -Math.log(RandomDraws.uniformOpen(random)) / lambda;
                double stamp = wholeUnits ? Math.ceil(t) : t;
                if (stamp > limit) {
                    break;
                }
                if (stamp != last) {
                    repeats++;
                    last = stamp;
                }
                if (random.nextDouble() < p) {
                    break;
                }
            }
            x[i] = repeats;
            tx[i] = last;
            age[i] = limit;
        }
        return new RfmSummaries(ids, x, tx, age, new double[customers], unit);
    }

    /**
     * Adds Gamma-Gamma spend (Fader &amp; Hardie 2013): each customer's scale ν ~ Gamma(q, γ), each
     * repeat transaction z ~ Gamma(p, ν), so the sum of x transactions is Gamma(px, ν) and zbar is
     * that sum over x.
     */
    public static RfmSummaries withSpend(RfmSummaries summaries, GammaGammaParameters spend, SplittableRandom random) {
        double[] zbar = new double[summaries.size()];
        for (int i = 0; i < zbar.length; i++) {
            int x = summaries.x()[i];
            if (x > 0) {
                double nu = RandomDraws.gamma(spend.q(), random) / spend.gamma();
                zbar[i] = RandomDraws.gamma(spend.p() * x, random) / nu / x;
            }
        }
        return new RfmSummaries(
                summaries.customerIds(), summaries.x(), summaries.tx(), summaries.age(), zbar, summaries.unit());
    }
}
