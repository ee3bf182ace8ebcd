package io.segbot.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.segbot.analytics.Purchase;
import io.segbot.analytics.clv.BgNbdModel;
import io.segbot.analytics.clv.BgNbdParameters;
import io.segbot.analytics.clv.HoldoutValidation;
import io.segbot.analytics.clv.ModelFit;
import io.segbot.analytics.clv.ParetoNbdFitter;
import io.segbot.analytics.clv.ParetoNbdParameters;
import io.segbot.analytics.clv.PeriodUnit;
import io.segbot.analytics.clv.RfmSummaries;
import io.segbot.analytics.clv.RfmSummaryBuilder;
import io.segbot.ingest.CdnowReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

        @Option(names = "--pareto", description = "Also fit the Pareto/NBD model, for comparison.")
        boolean pareto;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Purchase> purchases = readOrReport(input, spec);
            if (purchases == null) {
                return 1;
            }
            RfmSummaries summaries =
                    RfmSummaryBuilder.fromPurchases(purchases, input.calibrationEnd, PeriodUnit.parse(input.unit));
            ClvFits fits = ClvFits.of(summaries);
            long paretoStarted = System.nanoTime();
            ModelFit<ParetoNbdParameters> paretoFit = pareto ? ParetoNbdFitter.fit(summaries) : null;
            long paretoMillis = Math.round((System.nanoTime() - paretoStarted) / 1e6);
            if (input.json) {
                Map<String, Object> json = fits.toJson();
                if (paretoFit != null) {
                    json.put("pareto_nbd", ClvFits.paretoJson(paretoFit, paretoMillis));
                }
                out.println(JSON.writeValueAsString(json));
            } else {
                out.print(fits.describe(input));
                if (paretoFit != null) {
                    out.println(ClvFits.paretoText(paretoFit, paretoMillis));
                }
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
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(),
                        "--holdout-end " + holdoutEnd + " must be after --calibration-end " + input.calibrationEnd);
            }
            List<Purchase> purchases = readOrReport(input, spec);
            if (purchases == null) {
                return 1;
            }
            RfmSummaries summaries =
                    RfmSummaryBuilder.fromPurchases(purchases, input.calibrationEnd, PeriodUnit.parse(input.unit));
            ClvFits fits = ClvFits.of(summaries);
            if (!(fits.bgNbd() instanceof ModelFit.Converged<BgNbdParameters> bg)) {
                out.print(fits.describe(input));
                out.flush();
                return 1;
            }
            HoldoutValidation check = HoldoutValidation.of(
                    purchases, summaries, input.calibrationEnd, holdoutEnd, new BgNbdModel(bg.parameters()));
            // segbot's rule for uninformative fits (FitDiagnosis): parameters at their bounds, or a holdout miss.
            java.util.Optional<String> verdict = io.segbot.analytics.clv.FitDiagnosis.degenerate(
                            bg.parameters(), new double[0])
                    .or(() ->
                            io.segbot.analytics.clv.FitDiagnosis.holdout(check.predictedTotal(), check.actualTotal()));
            if (input.json) {
                Map<String, Object> json = fits.toJson();
                json.put("holdout", HoldoutReport.toJson(check, input.calibrationEnd, holdoutEnd));
                json.put("usable", verdict.isEmpty());
                verdict.ifPresent(reason -> json.put("not_usable_because", reason));
                out.println(JSON.writeValueAsString(json));
            } else {
                out.print(fits.describe(input));
                out.print(HoldoutReport.describe(check, input.calibrationEnd, holdoutEnd, summaries.unit()));
                out.println(verdict.map(reason -> "Verdict: not usable for churn: " + reason + "; segbot keeps the"
                                + " rule-based churn bands for such data.")
                        .orElse("Verdict: usable (no parameter at its bounds, holdout within 50%)."));
            }
            out.flush();
            return 0;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads the file, or prints a plain error and returns null. */
    static List<Purchase> readOrReport(Input input, CommandSpec spec) throws IOException {
        String format = input.format.toLowerCase(Locale.ROOT);
        if (!format.equals("cdnow") && !format.equals("auto")) {
            throw new IllegalArgumentException(
                    "unknown --format '" + input.format + "': use cdnow or auto (for other layouts use segbot import)");
        }
        if (!Files.isRegularFile(input.transactions) || !Files.isReadable(input.transactions)) {
            throw new IllegalArgumentException("cannot read " + input.transactions
                    + ": no such file, not a regular file, or not readable; check --transactions");
        }
        PeriodUnit.parse(input.unit);
        if (format.equals("auto") && isCsv(input.transactions)) {
            return readCsv(input.transactions);
        }
        List<Purchase> purchases = new java.util.ArrayList<>();
        CdnowReader.read(input.transactions, CdnowReader.Layout.AUTO, collectInto(purchases));
        return purchases;
    }

    /** A comma in the first line means a CSV export (orders or invoice lines), not CDNOW's columns. */
    static boolean isCsv(java.nio.file.Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().map(line -> line.contains(",")).orElse(false);
        }
    }

    /** Orders or invoice lines, read exactly as {@code segbot import transactions} reads them. */
    static List<Purchase> readCsv(java.nio.file.Path file) {
        List<Purchase> purchases = new java.util.ArrayList<>();
        io.segbot.ingest.TransactionsReader.read(
                io.segbot.ingest.CsvSource.open(file, ','),
                io.segbot.ingest.ColumnMapping.automatic(),
                io.segbot.ingest.OnError.FAIL,
                "clv",
                collectInto(purchases));
        return purchases;
    }

    /** The purchases ingest hands over, as the analytics' records. */
    static io.segbot.ingest.TransactionsReader.OrderSink collectInto(List<Purchase> purchases) {
        return (customer, order, day, amount) ->
                purchases.add(new Purchase(customer, order, java.time.LocalDate.ofEpochDay(day), amount));
    }
}
