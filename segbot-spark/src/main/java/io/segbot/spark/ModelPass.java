package io.segbot.spark;

import io.segbot.analytics.clv.BgNbdFitter;
import io.segbot.analytics.clv.BgNbdModel;
import io.segbot.analytics.clv.BgNbdParameters;
import io.segbot.analytics.clv.ClvAnalysis;
import io.segbot.analytics.clv.ClvOptions;
import io.segbot.analytics.clv.DataGate;
import io.segbot.analytics.clv.GammaGammaFitter;
import io.segbot.analytics.clv.GammaGammaModel;
import io.segbot.analytics.clv.GammaGammaParameters;
import io.segbot.analytics.clv.LifetimeValue;
import io.segbot.analytics.clv.ModelFit;
import io.segbot.analytics.clv.PeriodUnit;
import io.segbot.analytics.clv.ProbabilisticClv;
import io.segbot.analytics.clv.SpendIndependence;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * BG/NBD + Gamma-Gamma for the Spark engine, with the core's fitters on the driver:
 *
 * <ul>
 *   <li>BG/NBD's likelihood depends on a customer only through (x, t_x, T), so the workers count the
 *       customers of each distinct triple and the driver fits on those groups ({@link
 *       BgNbdFitter#fitGrouped}): the same sum, so the same parameters as in-process;
 *   <li>Gamma-Gamma's likelihood needs each repeat buyer's mean spend and does not group: it is fitted
 *       on a seeded sample of the repeat buyers with positive spend, at most the fit options' sample
 *       limit (all of them below it), collected to the driver; the run states the sample size;
 *   <li>the data gate, the spend-independence check and every per-customer prediction use the core's
 *       rules and formulas, the predictions computed on the workers.
 * </ul>
 */
final class ModelPass {
    private ModelPass() {}

    /** The fitted models, or the reason (gate or failed fit) the run keeps its rule-based figures. */
    record Outcome(ClvAnalysis.FittedModels models, String reason, long fitMillis) {}

    static Outcome fit(JavaRDD<CustomerRecord> customers, ClvOptions options) {
        long started = System.nanoTime();
        DataGate.Decision gate = gate(customers, options);
        if (!gate.passed()) {
            return new Outcome(null, gate.reason(), 0);
        }
        List<Tuple2<Triple, Long>> groups = customers
                .mapToPair(c -> new Tuple2<>(new Triple(c.x, c.tx, c.age), 1L))
                .reduceByKey(Long::sum)
                .collect();
        int g = groups.size();
        int[] x = new int[g];
        double[] tx = new double[g];
        double[] age = new double[g];
        double[] count = new double[g];
        for (int i = 0; i < g; i++) {
            Triple triple = groups.get(i)._1();
            x[i] = triple.x;
            tx[i] = triple.tx;
            age[i] = triple.age;
            count[i] = groups.get(i)._2();
        }
        ModelFit<BgNbdParameters> bg = BgNbdFitter.fitGrouped(x, tx, age, count, options.fit());
        if (bg instanceof ModelFit.Failed<BgNbdParameters> failed) {
            return new Outcome(null, ProbabilisticClv.purchaseModelFailed(failed.reason()), 0);
        }
        JavaRDD<CustomerRecord> eligible = customers.filter(c -> c.x > 0 && c.zbar > 0);
        long eligibleCount = eligible.count();
        double fraction = Math.min(1.0, (double) options.fit().sampleLimit() / Math.max(1, eligibleCount));
        List<Tuple2<Integer, Double>> spend = (fraction < 1
                        ? eligible.sample(false, fraction, options.fit().seed())
                        : eligible)
                .map(c -> new Tuple2<>(c.x, c.zbar))
                .collect();
        int[] sx = new int[spend.size()];
        double[] sz = new double[spend.size()];
        for (int i = 0; i < sx.length; i++) {
            sx[i] = spend.get(i)._1();
            sz[i] = spend.get(i)._2();
        }
        ModelFit<GammaGammaParameters> gg = GammaGammaFitter.fit(sx, sz, options.fit());
        if (gg instanceof ModelFit.Failed<GammaGammaParameters> failed) {
            return new Outcome(null, ProbabilisticClv.spendModelFailed(failed.reason()), 0);
        }
        var bgOk = (ModelFit.Converged<BgNbdParameters>) bg;
        var ggOk = (ModelFit.Converged<GammaGammaParameters>) gg;
        ClvAnalysis.FittedModels models = new ClvAnalysis.FittedModels(
                bgOk.parameters(),
                bgOk.logLikelihood(),
                ggOk.parameters(),
                ggOk.logLikelihood(),
                independence(customers),
                gate,
                ggOk.customers(),
                Math.toIntExact(eligibleCount));
        return new Outcome(models, null, Math.round((System.nanoTime() - started) / 1e6));
    }

    /** The core's gate from its three figures, computed on the workers. */
    private static DataGate.Decision gate(JavaRDD<CustomerRecord> customers, ClvOptions options) {
        JavaRDD<CustomerRecord> repeat = customers.filter(c -> c.x > 0);
        long repeatBuyers = repeat.count();
        double history = customers.map(c -> c.age).reduce((a, b) -> Math.max(a, b));
        double medianCycle = repeatBuyers == 0
                ? Double.NaN
                : OrderStatistics.quantiles(repeat.map(c -> c.tx / c.x), repeatBuyers, 0.5)[0];
        return DataGate.decide(Math.toIntExact(repeatBuyers), history, medianCycle, options.gate());
    }

    /** Pearson correlation of x and mean spend over repeat buyers (Fader &amp; Hardie 2013's check). */
    private static SpendIndependence independence(JavaRDD<CustomerRecord> customers) {
        double[] s = customers
                .filter(c -> c.x > 0)
                .map(c -> new double[] {1, c.x, c.zbar, (double) c.x * c.x, c.zbar * c.zbar, c.x * c.zbar})
                .fold(new double[6], (a, b) -> {
                    double[] sum = new double[6];
                    for (int i = 0; i < 6; i++) {
                        sum[i] = a[i] + b[i];
                    }
                    return sum;
                });
        double n = s[0];
        double cxx = n * s[3] - s[1] * s[1];
        double czz = n * s[4] - s[2] * s[2];
        double cxz = n * s[5] - s[1] * s[2];
        double rho = n < 2 || cxx <= 0 || czz <= 0 ? Double.NaN : cxz / Math.sqrt(cxx * czz);
        return new SpendIndependence(rho, (int) n);
    }

    /** P(alive), expected purchases in 90 and 365 days and discounted CLV of every customer. */
    static JavaRDD<CustomerRecord> predict(
            JavaRDD<CustomerRecord> customers, ClvAnalysis.FittedModels models, LifetimeValue value) {
        BgNbdParameters bgParameters = models.bgNbd();
        GammaGammaParameters ggParameters = models.gammaGamma();
        double[] bg = {bgParameters.r(), bgParameters.alpha(), bgParameters.a(), bgParameters.b()};
        double[] gg = {ggParameters.p(), ggParameters.q(), ggParameters.gamma()};
        double horizon = value.horizonDays();
        double rate = value.yearlyDiscountRate();
        return customers.mapPartitions(partition -> {
            BgNbdModel purchases = new BgNbdModel(new BgNbdParameters(bg[0], bg[1], bg[2], bg[3]));
            GammaGammaModel spend = new GammaGammaModel(new GammaGammaParameters(gg[0], gg[1], gg[2]));
            LifetimeValue lifetime = new LifetimeValue(horizon, rate);
            java.util.List<CustomerRecord> out = new java.util.ArrayList<>();
            while (partition.hasNext()) {
                CustomerRecord c = partition.next();
                c.pAlive = purchases.probabilityAlive(c.x, c.tx, c.age);
                c.expected90 = purchases.expectedPurchases(90, c.x, c.tx, c.age);
                c.expected365 = purchases.expectedPurchases(365, c.x, c.tx, c.age);
                c.expectedSpend = ProbabilisticClv.expectedSpend(spend, c.x, c.zbar);
                c.predictedClv =
                        c.expectedSpend * lifetime.discountedPurchases(purchases, c.x, c.tx, c.age, PeriodUnit.DAYS);
                out.add(c);
            }
            return out.iterator();
        });
    }
}
