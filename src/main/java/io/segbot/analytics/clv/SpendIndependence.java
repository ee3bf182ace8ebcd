package io.segbot.analytics.clv;

import java.util.Locale;

/**
 * Gamma-Gamma assumes a customer's spend per transaction is independent of how often they buy
 * (Fader &amp; Hardie 2013, section 2; on CDNOW they report a correlation of 0.11). This reports the
 * Pearson correlation of x and zbar over repeat buyers so that users see when the assumption is
 * doubtful; |ρ| ≥ 0.3 is called doubtful (a moderate correlation by the usual rule of thumb).
 *
 * @param correlation Pearson correlation of x and zbar, NaN when undefined (fewer than 2 buyers or
 *     no variation)
 * @param customers the repeat buyers it was computed on
 */
public record SpendIndependence(double correlation, int customers) {
    public static final double DOUBTFUL = 0.3;

    public static SpendIndependence of(int[] x, double[] zbar) {
        double n = 0;
        double sx = 0;
        double sz = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                n++;
                sx += x[i];
                sz += zbar[i];
            }
        }
        double mx = sx / n;
        double mz = sz / n;
        double cxz = 0;
        double cxx = 0;
        double czz = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0) {
                double dx = x[i] - mx;
                double dz = zbar[i] - mz;
                cxz += dx * dz;
                cxx += dx * dx;
                czz += dz * dz;
            }
        }
        double rho = n < 2 || cxx == 0 || czz == 0 ? Double.NaN : cxz / Math.sqrt(cxx * czz);
        return new SpendIndependence(rho, (int) n);
    }

    public boolean doubtful() {
        return Math.abs(correlation) >= DOUBTFUL;
    }

    /** One sentence for reports. */
    public String describe() {
        if (Double.isNaN(correlation)) {
            return "frequency-spend correlation undefined (" + customers + " repeat buyers)";
        }
        String verdict = doubtful()
                ? "frequency and spend are correlated, so Gamma-Gamma's spend predictions may be biased"
                : "weak, so the Gamma-Gamma independence assumption is plausible";
        return String.format(
                Locale.ROOT,
                "correlation of frequency and mean spend %.2f over %d repeat buyers: %s",
                correlation,
                customers,
                verdict);
    }
}
