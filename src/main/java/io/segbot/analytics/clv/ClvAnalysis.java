package io.segbot.analytics.clv;

/**
 * The outcome of {@link ProbabilisticClv#analyze}: either the models were not used, with the reason
 * in plain words, or per-customer predictions with the fitted models.
 */
public sealed interface ClvAnalysis permits ClvAnalysis.Gated, ClvAnalysis.Modelled {

    /** Data too thin, or a model did not converge; the caller keeps the rule-based figures. */
    record Gated(String reason, DataGate.Decision gate) implements ClvAnalysis {}

    /**
     * Predictions, one array slot per customer (index i is {@code customerIds[i]}); arrays are owned by
     * the record and must not be modified.
     *
     * @param customerIds customers with a purchase on or before the as-of date
     * @param pAlive P(alive) now
     * @param expectedPurchases90 expected purchases in the next 90 days
     * @param expectedPurchases365 expected purchases in the next 365 days
     * @param expectedSpend Gamma-Gamma expected spend per purchase
     * @param clv discounted CLV over the options' horizon
     * @param models the fitted models and their diagnostics
     */
    record Modelled(
            String[] customerIds,
            double[] pAlive,
            double[] expectedPurchases90,
            double[] expectedPurchases365,
            double[] expectedSpend,
            double[] clv,
            FittedModels models)
            implements ClvAnalysis {

        public int customers() {
            return customerIds.length;
        }

        public ChurnBand churnBand(int customer) {
            return ChurnBand.fromProbabilityAlive(pAlive[customer]);
        }

        /** CLV summed and averaged per segment (segmentOf indexed like customerIds). */
        public SegmentValue[] clvBySegment(int[] segmentOf, int segments) {
            return SegmentValue.bySegment(segmentOf, clv, segments);
        }
    }

    /**
     * The fitted models, in days.
     *
     * @param bgNbd purchase and dropout parameters (α in days)
     * @param bgNbdLogLikelihood its log-likelihood
     * @param gammaGamma spend parameters
     * @param gammaGammaLogLikelihood its log-likelihood
     * @param spendIndependence the frequency–spend correlation check
     * @param gate the data gate's figures
     * @param spendCustomers repeat buyers the Gamma-Gamma fit used: all of them, or a seeded sample
     *     of {@link FitOptions#sampleLimit()} when there are more
     * @param spendEligible repeat buyers with positive spend, the population of that sample
     */
    record FittedModels(
            BgNbdParameters bgNbd,
            double bgNbdLogLikelihood,
            GammaGammaParameters gammaGamma,
            double gammaGammaLogLikelihood,
            SpendIndependence spendIndependence,
            DataGate.Decision gate,
            int spendCustomers,
            int spendEligible) {

        /** Whether Gamma-Gamma was fitted on a sample rather than on every repeat buyer. */
        public boolean spendSampled() {
            return spendCustomers < spendEligible;
        }
    }
}
