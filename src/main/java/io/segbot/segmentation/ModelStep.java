package io.segbot.segmentation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.analytics.CustomerHistory;
import io.segbot.analytics.ProbabilisticColumns;
import io.segbot.analytics.clv.ClvAnalysis;
import io.segbot.analytics.clv.ClvOptions;
import io.segbot.analytics.clv.FitDiagnosis;
import io.segbot.analytics.clv.LifetimeValue;
import io.segbot.analytics.clv.PeriodUnit;
import io.segbot.analytics.clv.ProbabilisticClv;
import io.segbot.analytics.clv.RfmSummaryBuilder;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The probabilistic step of an analysis: BG/NBD + Gamma-Gamma when the data gate passes, with
 * per-customer columns aligned to the history's customers; otherwise the gate's reason, and the
 * run keeps the rule-based churn and CLV.
 *
 * @param columns per-customer outputs, or null when the models were not used
 * @param json the stored description: fitted parameters, log-likelihoods and fit time, or the reason
 * @param summary one line for people
 */
public record ModelStep(ProbabilisticColumns columns, String json, String summary) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The step when the models were not used, for {@code reason}. */
    public static ModelStep skipped(String reason) {
        ObjectNode node = JSON.createObjectNode();
        node.put("used", false);
        node.put("reason", reason);
        return new ModelStep(null, node.toString(), "Probabilistic CLV not used: " + reason);
    }

    /** @param seed the run's seed, also used for the Gamma-Gamma sample past a million repeat buyers */
    static ModelStep run(CustomerHistory history, LocalDate asOf, int horizonDays, long seed) {
        var summaries = RfmSummaryBuilder.fromSortedDays(
                history.customerIds(),
                history.offsets(),
                history.orderDay(),
                history.orderAmount(),
                asOf,
                PeriodUnit.DAYS);
        ClvOptions options = new ClvOptions(
                new LifetimeValue(horizonDays, LifetimeValue.DEFAULT.yearlyDiscountRate()),
                ClvOptions.DEFAULT.gate(),
                ClvOptions.DEFAULT.fit().withSeed(seed));
        long started = System.nanoTime(); // timed here: the fits themselves are pure and carry no clock
        ClvAnalysis analysis = ProbabilisticClv.analyze(summaries, options);
        long modelMillis = Math.round((System.nanoTime() - started) / 1e6);
        if (analysis instanceof ClvAnalysis.Gated gated) {
            return skipped(gated.reason());
        }
        ClvAnalysis.Modelled modelled = (ClvAnalysis.Modelled) analysis;
        return ofModel(modelled, align(history.customerIds(), modelled, summaries), modelMillis);
    }

    /**
     * The step from fitted models and their per-customer outputs, already aligned with the run's
     * customers in {@code columns}: set aside (rule-based churn kept) when the fit is degenerate. For
     * an engine that fits and predicts elsewhere (segbot-spark) as well as for {@link #run}.
     */
    public static ModelStep ofModel(ClvAnalysis.Modelled modelled, ProbabilisticColumns columns, long modelMillis) {
        var degenerate = FitDiagnosis.degenerate(modelled.models().bgNbd(), repeatBuyersPAlive(columns));
        if (degenerate.isPresent()) {
            // Keep the rule-based churn bands and CLV; store the fit and the reason so the run, the reports
            // and the chat can say why the model was set aside.
            ObjectNode node = (ObjectNode) readTree(describe(modelled, modelMillis));
            node.put("used", false);
            node.put("degenerate", true);
            node.put("reason", degenerate.get() + "; churn bands use the recency rule");
            return new ModelStep(
                    null,
                    node.toString(),
                    "Probabilistic CLV not used: " + degenerate.get() + "; churn bands use the recency rule");
        }
        return new ModelStep(columns, describe(modelled, modelMillis), line(modelled, modelMillis));
    }

    private static double[] repeatBuyersPAlive(ProbabilisticColumns columns) {
        return java.util.stream.IntStream.range(0, columns.pAlive().length)
                .filter(c -> columns.repeatPurchases()[c] > 0)
                .mapToDouble(c -> columns.pAlive()[c])
                .toArray();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the model description is JSON we just wrote", e);
        }
    }

    /** The model's arrays re-indexed to the history's customer order (the model skips none here). */
    private static ProbabilisticColumns align(
            String[] ids, ClvAnalysis.Modelled m, io.segbot.analytics.clv.RfmSummaries summaries) {
        int[] summaryRow = rows(ids, summaries.customerIds());
        int[] modelRow = rows(ids, m.customerIds());
        int n = ids.length;
        double[] alive = new double[n];
        double[] e90 = new double[n];
        double[] e365 = new double[n];
        double[] clv = new double[n];
        int[] repeat = new int[n];
        for (int c = 0; c < n; c++) {
            repeat[c] = summaries.x()[summaryRow == null ? c : summaryRow[c]];
            int i = modelRow == null ? c : modelRow[c];
            alive[c] = m.pAlive()[i];
            e90[c] = m.expectedPurchases90()[i];
            e365[c] = m.expectedPurchases365()[i];
            clv[c] = m.clv()[i];
        }
        return new ProbabilisticColumns(alive, e90, e365, clv, repeat);
    }

    /**
     * Where each of {@code ids} sits in {@code order}, or null when both list the same customers in
     * the same order: the usual case, which then needs no map (a map of 10M ids costs about 1 GB).
     */
    private static int[] rows(String[] ids, String[] order) {
        if (order.length == ids.length) {
            int same = 0;
            while (same < ids.length && ids[same].equals(order[same])) {
                same++;
            }
            if (same == ids.length) {
                return null;
            }
        }
        Map<String, Integer> index = new HashMap<>(order.length * 2);
        for (int i = 0; i < order.length; i++) {
            index.put(order[i], i);
        }
        int[] rows = new int[ids.length];
        for (int c = 0; c < ids.length; c++) {
            Integer row = index.get(ids[c]);
            if (row == null) {
                throw new IllegalStateException("customer " + ids[c] + " has no model prediction");
            }
            rows[c] = row;
        }
        return rows;
    }

    /** @param modelMillis wall time of the fits and the predictions, measured by the caller */
    private static String describe(ClvAnalysis.Modelled m, long modelMillis) {
        var models = m.models();
        ObjectNode node = JSON.createObjectNode();
        node.put("used", true);
        ObjectNode bg = node.putObject("bgnbd");
        bg.put("r", models.bgNbd().r());
        bg.put("alpha", models.bgNbd().alpha());
        bg.put("a", models.bgNbd().a());
        bg.put("b", models.bgNbd().b());
        bg.put("log_likelihood", models.bgNbdLogLikelihood());
        ObjectNode gg = node.putObject("gamma_gamma");
        gg.put("p", models.gammaGamma().p());
        gg.put("q", models.gammaGamma().q());
        gg.put("gamma", models.gammaGamma().gamma());
        gg.put("log_likelihood", models.gammaGammaLogLikelihood());
        gg.put("customers", models.spendCustomers());
        gg.put("repeat_buyers", models.spendEligible());
        gg.put("sampled", models.spendSampled());
        node.put("frequency_spend_correlation", models.spendIndependence().correlation());
        node.put("independence_check", models.spendIndependence().describe());
        node.put("fit_ms", modelMillis); // the fits and the predictions
        node.put("time_unit", "days");
        return node.toString();
    }

    private static String line(ClvAnalysis.Modelled m, long modelMillis) {
        var models = m.models();
        return String.format(
                java.util.Locale.ROOT,
                "Probabilistic CLV: BG/NBD r=%.4f alpha=%.3f a=%.4f b=%.4f (LL %.2f), Gamma-Gamma p=%.3f q=%.3f"
                        + " gamma=%.3f (LL %.2f%s), fitted and predicted in %d ms; churn bands from P(alive). %s",
                models.bgNbd().r(),
                models.bgNbd().alpha(),
                models.bgNbd().a(),
                models.bgNbd().b(),
                models.bgNbdLogLikelihood(),
                models.gammaGamma().p(),
                models.gammaGamma().q(),
                models.gammaGamma().gamma(),
                models.gammaGammaLogLikelihood(),
                models.spendSampled()
                        ? String.format(
                                java.util.Locale.ROOT,
                                "; on a seeded sample of %,d of %,d repeat buyers",
                                models.spendCustomers(),
                                models.spendEligible())
                        : "",
                modelMillis,
                models.spendIndependence().describe());
    }
}
