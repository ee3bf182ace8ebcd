package io.segbot.bot;

import io.segbot.bot.command.Command;
import io.segbot.bot.job.Work;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.render.ReportMessages;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.mecerun.MeceRunRepository;
import io.segbot.mecerun.MeceService;
import io.segbot.namingrun.NamingService;
import io.segbot.report.Reports;
import io.segbot.segmentation.AnalysisException;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import java.time.LocalDate;

/**
 * Turns job commands into {@link Work}: resolves what they work on now (so one job per dataset
 * holds, and a missing dataset is refused at once), runs the services later on a job worker.
 */
final class Works {
    /** Analyses started from chat use the CLI's defaults: seed 42, one-year CLV horizon. */
    static final long SEED = 42;

    static final int HORIZON_DAYS = 365;

    /** A job ready to submit. */
    record Planned(String kind, String parameters, String datasetKey, Work work) {}

    private final BotServices services;

    Works(BotServices services) {
        this.services = services;
    }

    Planned run(Command.Run command) {
        DatasetInfo dataset = analysable(command.dataset());
        String rerun = "run " + quote(dataset.name()) + (command.asOf() == null ? "" : " --as-of " + command.asOf())
                + (command.k() == 0 ? "" : " --k " + command.k());
        AnalysisService service = new AnalysisService(services.database(), services.clock());
        AnalysisService.Request request =
                new AnalysisService.Request(dataset.name(), command.asOf(), command.k(), SEED, HORIZON_DAYS);
        return new Planned("run", rerun, "dataset:" + dataset.id(), (progress, cancellation) -> {
            AnalysisService.Outcome outcome = service.analyze(request, progress);
            return new Work.Result(
                    outcome.runId(), JobResults.analysis(outcome, service.runs().segments(outcome.runId()), rerun));
        });
    }

    Planned mece(Command.Mece command) {
        DatasetRepository datasets = new DatasetRepository(services.database());
        DatasetInfo dataset = (command.dataset() == null
                        ? datasets.latest(CartAbandonerImport.KIND)
                        : datasets.findByName(command.dataset())
                                .filter(d -> d.kind().equals(CartAbandonerImport.KIND)))
                .orElseThrow(() -> new AnalysisException(
                        command.dataset() == null
                                ? "there is no cart-abandoner dataset yet; import one with: segbot import cart-abandoners FILE"
                                : "there is no cart-abandoner dataset named '" + command.dataset() + "'"));
        LocalDate asOf = command.asOf() != null ? command.asOf() : dataset.lastDate();
        if (asOf == null) {
            throw new AnalysisException("dataset '" + dataset.name() + "' has no dates; give --as-of YYYY-MM-DD");
        }
        String rerun = "mece " + quote(dataset.name()) + " --as-of " + asOf;
        MeceService service = new MeceService(services.database(), services.clock());
        return new Planned("mece", rerun, "dataset:" + dataset.id(), (progress, cancellation) -> {
            var request = new MeceService.Request(
                    dataset.name(), null, asOf, services.meceConfig().get());
            MeceService.Outcome outcome = service.run(request, progress);
            return new Work.Result(outcome.runId(), JobResults.mece(outcome, rerun));
        });
    }

    Planned name(Command.Name command) {
        long run = command.runId() != null ? command.runId() : latest(command.mece());
        String target = (command.mece() ? "MECE run " : "run ") + run;
        NamingService service = new NamingService(services.database(), services.clock());
        return new Planned("name", "name " + (command.mece() ? "mece:" : "") + run, "naming:" + target, (p, c) -> {
            var model = CancellableModel.of(services.model(), c);
            var book = services.personas().get();
            NamingService.Outcome outcome = command.mece()
                    ? service.nameMeceRun(run, book, model, SEED, p)
                    : service.nameAnalysisRun(run, book, model, SEED, p);
            return new Work.Result(outcome.namingRunId(), JobResults.naming(target, outcome));
        });
    }

    Planned report(Command.Report command) {
        return new Planned("report", "report " + command.kind(), null, (progress, cancellation) -> {
            progress.report(1, 1, "rendering the " + command.kind() + " report", 0);
            ReportMessages messages = ReportMessages.of(Reports.build(services.database(), command.kind(), null, null));
            return new Work.Result(null, messages.channel(), messages.files().orElse(null));
        });
    }

    static Planned export(String what, OutgoingMessage note, Exporter exporter) {
        return new Planned("export", "export " + what, null, (progress, cancellation) -> {
            progress.report(1, 1, "writing the CSV of " + what, 0);
            return new Work.Result(null, note, exporter.message());
        });
    }

    /** Builds the customer-level message of an export. */
    @FunctionalInterface
    interface Exporter {
        OutgoingMessage message();
    }

    private long latest(boolean mece) {
        if (mece) {
            return new MeceRunRepository(services.database())
                    .latest()
                    .orElseThrow(() -> new AnalysisException("there is no MECE run yet; start one with: mece"))
                    .id();
        }
        return new RunRepository(services.database())
                .latest()
                .orElseThrow(() -> new AnalysisException("there is no analysis run yet; start one with: run"))
                .id();
    }

    private DatasetInfo analysable(String name) {
        DatasetRepository datasets = new DatasetRepository(services.database());
        if (name != null) {
            return datasets.findByName(name)
                    .orElseThrow(
                            () -> new AnalysisException("there is no dataset named '" + name + "'; see: datasets"));
        }
        return datasets.list().stream()
                .filter(d -> d.kind().equals("transactions") || d.kind().equals("customers"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AnalysisException(
                        "no dataset is imported yet; import one with: segbot import transactions FILE"));
    }

    /** A dataset name as one word of a command line. */
    static String quote(String name) {
        return name.matches("[A-Za-z0-9_.-]+") ? name : "\"" + name.replace("\"", "") + "\"";
    }
}
