package io.segbot.mece;

/**
 * Lift vs control of one segment.
 *
 * <p>Measured: relative risk RR = (a/n1) ÷ (c/n2) of treatment over control conversion, with the
 * Katz log interval exp(ln RR ± 1.96 · √(1/a − 1/n1 + 1/c − 1/n2)) (Katz, Baptista, Azen, Pike,
 * Biometrics 34 (1978) 469–474). With a zero count, 0.5 is added to each cell (Haldane–Anscombe):
 * a + 0.5 of n1 + 1, c + 0.5 of n2 + 1, and the method says so. Estimated: see {@link LiftModel};
 * no interval.
 *
 * @param method {@code measured}, {@code measured_haldane} or {@code estimated}
 */
public record Lift(
        double value,
        String method,
        double ciLow,
        double ciHigh,
        int treated,
        int treatedConverted,
        int control,
        int controlConverted) {
    public static final String MEASURED = "measured";
    public static final String MEASURED_HALDANE = "measured_haldane";
    public static final String ESTIMATED = "estimated";
    private static final double Z_975 = 1.959963984540054;

    public boolean measured() {
        return !ESTIMATED.equals(method);
    }

    static Lift estimated(double value, int treated, int treatedConverted, int control, int controlConverted) {
        return new Lift(value, ESTIMATED, Double.NaN, Double.NaN, treated, treatedConverted, control, controlConverted);
    }

    /** Requires treated ≥ 1 and control ≥ 1 users with a known outcome. */
    static Lift measured(int treated, int treatedConverted, int control, int controlConverted) {
        double a = treatedConverted;
        double n1 = treated;
        double c = controlConverted;
        double n2 = control;
        String method = MEASURED;
        if (a == 0 || c == 0) {
            a += 0.5;
            n1 += 1;
            c += 0.5;
            n2 += 1;
            method = MEASURED_HALDANE;
        }
        double ratio = (a / n1) / (c / n2);
        double se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
        return new Lift(
                ratio,
                method,
                Math.exp(Math.log(ratio) - Z_975 * se),
                Math.exp(Math.log(ratio) + Z_975 * se),
                treated,
                treatedConverted,
                control,
                controlConverted);
    }
}
