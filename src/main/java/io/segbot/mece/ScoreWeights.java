package io.segbot.mece;

/**
 * Weights of the overall score (the prototype's 0.3, 0.2, 0.1, 0.3, 0.1). Each in [0, 1], summing to 1
 * (within 1e-6) so that overall scores stay comparable across configurations.
 */
public record ScoreWeights(
        double conversionPotential, double liftVsControl, double sizeShare, double profitability, double strategicFit) {
    public static final ScoreWeights DEFAULT = new ScoreWeights(0.3, 0.2, 0.1, 0.3, 0.1);

    public ScoreWeights {
        check("conversion_potential", conversionPotential);
        check("lift_vs_control", liftVsControl);
        check("size_share", sizeShare);
        check("profitability", profitability);
        check("strategic_fit", strategicFit);
        double sum = conversionPotential + liftVsControl + sizeShare + profitability + strategicFit;
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("weights must sum to 1, got " + sum);
        }
    }

    private static void check(String key, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weights." + key + " must be within [0, 1], got " + weight);
        }
    }

    /** Σ weight · component; the caller passes 0 for an undefined component. */
    double overall(double conversion, double lift, double size, double profit, double strategic) {
        return conversionPotential * conversion
                + liftVsControl * lift
                + sizeShare * size
                + profitability * profit
                + strategicFit * strategic;
    }
}
