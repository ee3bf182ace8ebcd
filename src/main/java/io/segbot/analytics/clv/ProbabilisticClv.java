package io.segbot.analytics.clv;

import io.segbot.analytics.Purchase;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The entry point for {@code segbot analyze}: summary → data gate → BG/NBD + Gamma-Gamma fits →
 * per-customer P(alive), expected purchases in 90 and 365 days, and discounted CLV. Time runs in days.
 * Predictions are computed once per distinct (x, t_x, T), in parallel; results do not depend on
 * thread scheduling.
 */
public final class ProbabilisticClv {
    private ProbabilisticClv() {}

    /**
     * @param asOf the end of the observed history, inclusive: purchases after it are ignored and T is
     *     measured to it (typically the day after the last transaction)
     */
    public static ClvAnalysis analyze(List<Purchase> purchases, LocalDate asOf, ClvOptions options) {
        return analyze(RfmSummaryBuilder.fromPurchases(purchases, asOf, PeriodUnit.DAYS), options);
    }

    /** As above, from summaries already built (in days) e.g. by {@link RfmSummaryBuilder#fromSortedDays}. */
    public static ClvAnalysis analyze(RfmSummaries summaries, ClvOptions options) {
        if (summaries.unit() != PeriodUnit.DAYS) {
            throw new IllegalArgumentException("analyze works in days, got summaries in " + summaries.unit());
        }
        DataGate.Decision gate = DataGate.check(summaries, options.gate());
        if (!gate.passed()) {
            return new ClvAnalysis.Gated(gate.reason(), gate);
        }
        ModelFit<BgNbdParameters> bg = BgNbdFitter.fit(summaries.x(), summaries.tx(), summaries.age(), options.fit());
        if (bg instanceof ModelFit.Failed<BgNbdParameters> failed) {
            return new ClvAnalysis.Gated(purchaseModelFailed(failed.reason()), gate);
        }
        ModelFit<GammaGammaParameters> gg = GammaGammaFitter.fit(summaries.x(), summaries.zbar(), options.fit());
        if (gg instanceof ModelFit.Failed<GammaGammaParameters> failed) {
            return new ClvAnalysis.Gated(spendModelFailed(failed.reason()), gate);
        }
        var bgOk = (ModelFit.Converged<BgNbdParameters>) bg;
        var ggOk = (ModelFit.Converged<GammaGammaParameters>) gg;
        ClvAnalysis.FittedModels models = new ClvAnalysis.FittedModels(
                bgOk.parameters(),
                bgOk.logLikelihood(),
                ggOk.parameters(),
                ggOk.logLikelihood(),
                SpendIndependence.of(summaries.x(), summaries.zbar()),
                gate,
                ggOk.customers(),
                GammaGammaFitter.eligible(summaries.x(), summaries.zbar()));
        return predict(
                summaries, new BgNbdModel(bgOk.parameters()), new GammaGammaModel(ggOk.parameters()), options, models);
    }

    /** The run's reason when BG/NBD did not converge. */
    public static String purchaseModelFailed(String reason) {
        return "The purchase model did not fit: " + reason + ". Keeping the rule-based churn and CLV.";
    }

    /** The run's reason when Gamma-Gamma did not converge. */
    public static String spendModelFailed(String reason) {
        return "The spend model did not fit: " + reason + ". Keeping the rule-based churn and CLV.";
    }

    /**
     * Expected spend per purchase of one customer. Gamma-Gamma needs positive spend; a repeat buyer
     * whose returns net to ≤ 0 gets the population mean.
     */
    public static double expectedSpend(GammaGammaModel gg, int x, double zbar) {
        return gg.expectedAverageSpend(zbar > 0 ? x : 0, Math.max(0, zbar));
    }

    private static ClvAnalysis.Modelled predict(
            RfmSummaries summaries,
            BgNbdModel bg,
            GammaGammaModel gg,
            ClvOptions options,
            ClvAnalysis.FittedModels models) {
        BgNbdGroups groups = BgNbdGroups.of(summaries.x(), summaries.tx(), summaries.age());
        int g = groups.groups();
        double[] pAliveG = new double[g];
        double[] e90G = new double[g];
        double[] e365G = new double[g];
        double[] discountedG = new double[g];
        LifetimeValue value = options.lifetimeValue();
        IntStream.range(0, g).parallel().forEach(k -> {
            int x = groups.x(k);
            double tx = groups.tx(k);
            double age = groups.age(k);
            pAliveG[k] = bg.probabilityAlive(x, tx, age);
            e90G[k] = bg.expectedPurchases(90, x, tx, age);
            e365G[k] = bg.expectedPurchases(365, x, tx, age);
            discountedG[k] = value.discountedPurchases(bg, x, tx, age, PeriodUnit.DAYS);
        });
        int n = summaries.size();
        double[] pAlive = new double[n];
        double[] e90 = new double[n];
        double[] e365 = new double[n];
        double[] spend = new double[n];
        double[] clv = new double[n];
        for (int i = 0; i < n; i++) {
            int k = groups.groupOfCustomer[i];
            pAlive[i] = pAliveG[k];
            e90[i] = e90G[k];
            e365[i] = e365G[k];
            spend[i] = expectedSpend(gg, summaries.x()[i], summaries.zbar()[i]);
            clv[i] = spend[i] * discountedG[k];
        }
        return new ClvAnalysis.Modelled(summaries.customerIds(), pAlive, e90, e365, spend, clv, models);
    }
}
