package io.segbot.analytics;

/**
 * Per-customer outputs of a fitted BG/NBD + Gamma-Gamma model, aligned with {@link
 * CustomerMetrics#ids()}.
 *
 * @param pAlive probability the customer is still active
 * @param expected90 expected purchases in the next 90 days
 * @param expected365 expected purchases in the next 365 days
 * @param predictedClv discounted CLV over the analysis horizon
 * @param repeatPurchases the model's x: purchase days after the first
 */
public record ProbabilisticColumns(
        double[] pAlive, double[] expected90, double[] expected365, double[] predictedClv, int[] repeatPurchases) {
    public ProbabilisticColumns {
        int n = pAlive.length;
        if (expected90.length != n
                || expected365.length != n
                || predictedClv.length != n
                || repeatPurchases.length != n) {
            throw new IllegalArgumentException("probabilistic columns must all have " + n + " entries");
        }
    }
}
