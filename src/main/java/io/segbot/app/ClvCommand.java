package io.segbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.segbot.analytics.Purchase;
import io.segbot.analytics.clv.BgNbdFitter;
import io.segbot.analytics.clv.BgNbdModel;
import io.segbot.analytics.clv.BgNbdParameters;
import io.segbot.analytics.clv.FitOptions;
import io.segbot.analytics.clv.GammaGammaFitter;
import io.segbot.analytics.clv.GammaGammaParameters;
import io.segbot.analytics.clv.HoldoutValidation;
import io.segbot.analytics.clv.ModelFit;
import io.segbot.analytics.clv.PeriodUnit;
import io.segbot.analytics.clv.RfmSummaries;
import io.segbot.analytics.clv.RfmSummaryBuilder;
import io.segbot.analytics.clv.SpendIndependence;
import io.segbot.ingest.CdnowFormatException;
import io.segbot.ingest.CdnowReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segbot clv}: fit and validate the probabilistic purchase (BG/NBD) and spend (Gamma-Gamma) models. */
@Command(
        name = "clv",
        description = "Probabilistic customer lifetime value: BG/NBD purchases and churn, Gamma-Gamma spend.",
        mixinStandardHelpOptions = true,
        subcommands = {ClvCommand.Fit.class, ClvCommand.Validate.class})
public final class ClvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** Options shared by fit and validate. */
    static class Input {
        @Option(names = "--transactions", required = true, paramLabel = "FILE", description = "Transactions file.")
        Path transactions;

        @Option(
                names = "--format",
                defaultValue = "auto",
                paramLabel = "cdnow|auto",
                description = "File layout: cdnow (master or sample, detected by column count) or auto (default).")
        String format;

        @Option(
                names = "--calibration-end",
                required = true,
                paramLabel = "DATE",
                description = "Last day of calibration (inclusive), yyyy-mm-dd.")
        LocalDate calibrationEnd;

        @Option(
                names = "--unit",
                defaultValue = "weeks",
                paramLabel = "weeks|days",
                description = "Time unit of recency, age and alpha (default weeks).")
        String unit;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;
    }

    @Command(
            name = "fit",
            description = "Fit BG/NBD and Gamma-Gamma; print parameters, log-likelihoods and fit time.",
            mixinStandardHelpOptions = true)
    static final class Fit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Input input = new Input();

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Purchase> purchases = readOrReport(input, spec);
            if (purchases == null) {
                return 1;
            }
            RfmSummaries summaries =
                    RfmSummaryBuilder.fromPurchases(purchases, input.calibrationEnd, PeriodUnit.parse(input.unit));
            Fits fits = Fits.of(summaries);
            if (input.json) {
                out.println(JSON.writeValueAsString(fits.toJson()));
            } else {
                out.print(fits.describe(input));
            }
            out.flush();
            return fits.converged() ? 0 : 1;
        }
    }

    @Command(
            name = "validate",
            description =
                    "Fit on the calibration period; compare predicted and actual repeat purchases in the holdout.",
            mixinStandardHelpOptions = true)
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        Input input = new Input();

        @Option(
                names = "--holdout-end",
                required = true,
                paramLabel = "DATE",
                description = "Last day of the holdout period (inclusive).")
        LocalDate holdoutEnd;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!holdoutEnd.isAfter(input.calibrationEnd)) {
                spec.commandLine()
                        .getErr()
                        .println("--holdout-end " + holdoutEnd + " must be after --calibration-end "
                                + input.calibrationEnd);
                return 2;
            }
            List<Purchase> purchases = readOrReport(input, spec);
            if (purchases == null) {
                return 1;
            }
            RfmSummaries summaries =
                    RfmSummaryBuilder.fromPurchases(purchases, input.calibrationEnd, PeriodUnit.parse(input.unit));
            Fits fits = Fits.of(summaries);
            if (!(fits.bgNbd instanceof ModelFit.Converged<BgNbdParameters> bg)) {
                out.print(fits.describe(input));
                out.flush();
                return 1;
            }
            HoldoutValidation check = HoldoutValidation.of(
                    purchases, summaries, input.calibrationEnd, holdoutEnd, new BgNbdModel(bg.parameters()));
            if (input.json) {
                Map<String, Object> json = fits.toJson();
                json.put("holdout", HoldoutReport.toJson(check, input.calibrationEnd, holdoutEnd));
                out.println(JSON.writeValueAsString(json));
            } else {
                out.print(fits.describe(input));
                out.print(HoldoutReport.describe(check, input.calibrationEnd, holdoutEnd, summaries.unit()));
            }
            out.flush();
            return 0;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads the file, or prints a plain error and returns null. */
    static List<Purchase> readOrReport(Input input, CommandSpec spec) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String format = input.format.toLowerCase(Locale.ROOT);
        if (!format.equals("cdnow") && !format.equals("auto")) {
            err.println(
                    "unknown --format '" + input.format + "': use cdnow or auto (for other layouts use segbot import)");
            return null;
        }
        if (!Files.isReadable(input.transactions)) {
            err.println("cannot read " + input.transactions + ": no such file or not readable");
            return null;
        }
        try {
            PeriodUnit.parse(input.unit);
            return CdnowReader.read(input.transactions, CdnowReader.Layout.AUTO);
        } catch (CdnowFormatException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    /** Both fits on one set of summaries, with the total fit time. */
    record Fits(
            RfmSummaries summaries,
            ModelFit<BgNbdParameters> bgNbd,
            ModelFit<GammaGammaParameters> gammaGamma,
            long fitMillis) {
        static Fits of(RfmSummaries summaries) {
            long started = System.nanoTime();
            ModelFit<BgNbdParameters> bg =
                    BgNbdFitter.fit(summaries.x(), summaries.tx(), summaries.age(), FitOptions.DEFAULT);
            ModelFit<GammaGammaParameters> gg =
                    GammaGammaFitter.fit(summaries.x(), summaries.zbar(), FitOptions.DEFAULT);
            return new Fits(summaries, bg, gg, Math.round((System.nanoTime() - started) / 1e6));
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

        String describe(Input input) {
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
                    .append(SpendIndependence.of(summaries.x(), summaries.zbar())
                            .describe())
                    .append('\n');
            text.append("Fit time: ").append(fitMillis).append(" ms (both models)\n");
            return text.toString();
        }
    }
}
