package io.segbot.app;

import io.segbot.analytics.clv.BgNbdFitter;
import io.segbot.analytics.clv.BgNbdParameters;
import io.segbot.analytics.clv.FitOptions;
import io.segbot.analytics.clv.GammaGammaFitter;
import io.segbot.analytics.clv.GammaGammaParameters;
import io.segbot.analytics.clv.ModelFit;
import io.segbot.analytics.clv.ParetoNbdParameters;
import io.segbot.analytics.clv.RfmSummaries;
import io.segbot.analytics.clv.SpendIndependence;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Both fits on one set of summaries, with the total fit time. */
record ClvFits(
        RfmSummaries summaries,
        ModelFit<BgNbdParameters> bgNbd,
        ModelFit<GammaGammaParameters> gammaGamma,
        long fitMillis) {
    static ClvFits of(RfmSummaries summaries) {
        long started = System.nanoTime();
        ModelFit<BgNbdParameters> bg =
                BgNbdFitter.fit(summaries.x(), summaries.tx(), summaries.age(), FitOptions.DEFAULT);
        ModelFit<GammaGammaParameters> gg = GammaGammaFitter.fit(summaries.x(), summaries.zbar(), FitOptions.DEFAULT);
        return new ClvFits(summaries, bg, gg, Math.round((System.nanoTime() - started) / 1e6));
    }

    boolean converged() {
        return bgNbd.converged() && gammaGamma.converged();
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> bg = new LinkedHashMap<>();
        if (bgNbd instanceof ModelFit.Converged<BgNbdParameters> ok) {
            bg.put("r", ok.parameters().r());
            bg.put("alpha", ok.parameters().alpha());
            bg.put("a", ok.parameters().a());
            bg.put("b", ok.parameters().b());
            bg.put("log_likelihood", ok.logLikelihood());
        } else {
            bg.put("error", ((ModelFit.Failed<BgNbdParameters>) bgNbd).reason());
        }
        Map<String, Object> gg = new LinkedHashMap<>();
        if (gammaGamma instanceof ModelFit.Converged<GammaGammaParameters> ok) {
            gg.put("p", ok.parameters().p());
            gg.put("q", ok.parameters().q());
            gg.put("gamma", ok.parameters().gamma());
            gg.put("log_likelihood", ok.logLikelihood());
            gg.put("customers", ok.customers());
        } else {
            gg.put("error", ((ModelFit.Failed<GammaGammaParameters>) gammaGamma).reason());
        }
        SpendIndependence independence = SpendIndependence.of(summaries.x(), summaries.zbar());
        gg.put(
                "frequency_spend_correlation",
                Double.isNaN(independence.correlation()) ? null : independence.correlation());
        json.put("bgnbd", bg);
        json.put("gamma_gamma", gg);
        json.put("customers", summaries.size());
        json.put("repeat_buyers", summaries.repeatBuyers());
        json.put("unit", summaries.unit().name().toLowerCase(Locale.ROOT));
        json.put("fit_ms", fitMillis);
        return json;
    }

    String describe(ClvCommand.Input input) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "%s: %d customers (%d with repeat purchases), calibration to %s, in %s%n",
                input.transactions.getFileName(),
                summaries.size(),
                summaries.repeatBuyers(),
                input.calibrationEnd,
                summaries.unit().name().toLowerCase(Locale.ROOT)));
        if (bgNbd instanceof ModelFit.Converged<BgNbdParameters> ok) {
            BgNbdParameters p = ok.parameters();
            text.append(String.format(
                    Locale.ROOT,
                    "BG/NBD       r=%.4f alpha=%.4f a=%.4f b=%.4f  log-likelihood %.2f%n",
                    p.r(),
                    p.alpha(),
                    p.a(),
                    p.b(),
                    ok.logLikelihood()));
        } else {
            text.append("BG/NBD       did not fit: ")
                    .append(((ModelFit.Failed<BgNbdParameters>) bgNbd).reason())
                    .append('\n');
        }
        if (gammaGamma instanceof ModelFit.Converged<GammaGammaParameters> ok) {
            GammaGammaParameters p = ok.parameters();
            text.append(String.format(
                    Locale.ROOT,
                    "Gamma-Gamma  p=%.4f q=%.4f gamma=%.4f  log-likelihood %.2f (%d repeat buyers)%n",
                    p.p(),
                    p.q(),
                    p.gamma(),
                    ok.logLikelihood(),
                    ok.customers()));
        } else {
            text.append("Gamma-Gamma  did not fit: ")
                    .append(((ModelFit.Failed<GammaGammaParameters>) gammaGamma).reason())
                    .append('\n');
        }
        text.append("Independence check: ")
                .append(SpendIndependence.of(summaries.x(), summaries.zbar()).describe())
                .append('\n');
        text.append("Fit time: ").append(fitMillis).append(" ms (both models)\n");
        return text.toString();
    }

    /** @param fitMillis the fit's wall time, measured by the caller (fits carry no clock) */
    static Map<String, Object> paretoJson(ModelFit<ParetoNbdParameters> fit, long fitMillis) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (fit instanceof ModelFit.Converged<ParetoNbdParameters> ok) {
            json.put("r", ok.parameters().r());
            json.put("alpha", ok.parameters().alpha());
            json.put("s", ok.parameters().s());
            json.put("beta", ok.parameters().beta());
            json.put("log_likelihood", ok.logLikelihood());
        } else {
            json.put("error", ((ModelFit.Failed<ParetoNbdParameters>) fit).reason());
        }
        json.put("fit_ms", fitMillis);
        return json;
    }

    static String paretoText(ModelFit<ParetoNbdParameters> fit, long fitMillis) {
        if (fit instanceof ModelFit.Converged<ParetoNbdParameters> ok) {
            ParetoNbdParameters p = ok.parameters();
            return String.format(
                    Locale.ROOT,
                    "Pareto/NBD   r=%.4f alpha=%.4f s=%.4f beta=%.4f  log-likelihood %.2f (%d ms)",
                    p.r(),
                    p.alpha(),
                    p.s(),
                    p.beta(),
                    ok.logLikelihood(),
                    fitMillis);
        }
        return "Pareto/NBD   did not fit: " + ((ModelFit.Failed<ParetoNbdParameters>) fit).reason();
    }
}
