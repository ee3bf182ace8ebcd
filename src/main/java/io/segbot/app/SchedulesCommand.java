package io.segbot.app;

import io.segbot.analysis.AnalysisService;
import io.segbot.report.Destination;
import io.segbot.report.FolderSink;
import io.segbot.report.ReportKind;
import io.segbot.report.ReportSchedule;
import io.segbot.report.ReportService;
import io.segbot.report.ReportsConfig;
import io.segbot.report.ScheduleSpec;
import io.segbot.report.Scheduler;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segbot schedules ...}: recurring reports, stored in the database. */
@Command(
        name = "schedules",
        mixinStandardHelpOptions = true,
        description = "List, add and remove recurring reports, or run them (console platform: a folder).",
        subcommands = {
            SchedulesCommand.ListCommand.class,
            SchedulesCommand.AddCommand.class,
            SchedulesCommand.RemoveCommand.class,
            SchedulesCommand.RunCommand.class
        })
final class SchedulesCommand implements Runnable {
    static final Path CONFIG = Path.of("bot-config/reports.yaml");

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "say what to do: list, add, remove or run");
    }

    /** A scheduler over the app's database; console reports go to {@code out}; re-analysis via AnalysisService. */
    static Scheduler scheduler(Path out) {
        Clock clock = Clock.systemUTC();
        AnalysisService analysis = new AnalysisService(AppContext.database(), clock);
        return new Scheduler(
                AppContext.database(),
                new ReportService(AppContext.database()),
                Map.of("console", new FolderSink(out, clock)),
                dataset -> analysis.analyze(new AnalysisService.Request(dataset, null, 0, 42, 365))
                        .runId(),
                clock);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the schedules and their next run.")
    static final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            List<ReportSchedule> schedules = scheduler(Path.of("reports")).list();
            if (schedules.isEmpty()) {
                System.out.println("No schedules. Add one with: segbot schedules add NAME KIND --cron \"0 9 * * MON\""
                        + " --zone Europe/Berlin --to console:weekly, or in " + CONFIG);
                return 0;
            }
            for (ReportSchedule s : schedules) {
                System.out.println(s.spec().name() + "  " + s.spec().kind() + "  \""
                        + s.spec().cron() + "\" "
                        + s.spec().zone() + "  to " + s.spec().destination()
                        + (s.spec().rerunAnalysis() ? "  (re-analyse first)" : "") + "  next "
                        + s.nextRun().map(Object::toString).orElse("never") + "  [" + s.source() + "]"
                        + (s.lastOutcome() == null ? "" : "  last: " + s.lastFiredAt() + " " + s.lastOutcome()));
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a recurring report.")
    static final class AddCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "a unique name")
        String name;

        @Parameters(index = "1", paramLabel = "KIND", description = "segments, churn, clv, movement or mece")
        String kind;

        @Option(
                names = "--cron",
                required = true,
                paramLabel = "EXPR",
                description = "UNIX cron, 5 fields: minute hour day-of-month month day-of-week, e.g. \"0 9 * * MON\"")
        String cron;

        @Option(
                names = "--zone",
                defaultValue = "UTC",
                paramLabel = "ZONE",
                description = "IANA time zone of the cron fields; default ${DEFAULT-VALUE}")
        String zone;

        @Option(
                names = "--to",
                required = true,
                paramLabel = "PLATFORM:CHANNEL",
                description = "slack:#growth, discord:CHANNEL_ID or console:FOLDER")
        String to;

        @Option(names = "--rerun", description = "analyse the dataset again before each report")
        boolean rerun;

        @Option(names = "--dataset", paramLabel = "NAME", description = "the dataset; default the latest")
        String dataset;

        @Override
        public Integer call() {
            int colon = to.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(
                        "--to must be PLATFORM:CHANNEL, e.g. console:weekly, got '" + to + "'");
            }
            ScheduleSpec spec = new ScheduleSpec(
                    name,
                    ReportKind.parse(kind),
                    cron,
                    ZoneId.of(zone),
                    new Destination(to.substring(0, colon), to.substring(colon + 1)),
                    rerun,
                    dataset);
            ReportSchedule added = scheduler(Path.of("reports")).add(spec);
            System.out.println("added " + name + "; next run "
                    + added.nextRun().map(Object::toString).orElse("never"));
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a recurring report.")
    static final class RemoveCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            if (!scheduler(Path.of("reports")).remove(name)) {
                throw new IllegalArgumentException("no schedule named '" + name + "'; see: segbot schedules list");
            }
            System.out.println("removed " + name);
            return 0;
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = {
                "Load " + "bot-config/reports.yaml, then fire due schedules: a run missed while nothing was running"
                        + " fires once now, never several times.",
                "Only console destinations are delivered here (to --out); the chat bot delivers Slack and Discord."
            })
    static final class RunCommand implements Callable<Integer> {
        @Option(
                names = "--out",
                defaultValue = "reports",
                paramLabel = "DIR",
                description = "folder for console reports; default ${DEFAULT-VALUE}")
        Path out;

        @Option(
                names = "--config",
                paramLabel = "FILE",
                description = "schedules file; default " + "bot-config/reports.yaml")
        Path config = CONFIG;

        @Option(names = "--once", description = "fire what is due now and exit (for an external timer)")
        boolean once;

        @Override
        public Integer call() throws Exception {
            Scheduler scheduler = scheduler(out);
            scheduler.loadConfig(ReportsConfig.load(config));
            if (once) {
                List<Scheduler.Firing> fired = scheduler.runDue();
                fired.forEach(f -> System.out.println(f.name() + " (due " + f.dueAt()
                        + (f.missed() > 1 ? ", " + f.missed() + " runs missed, run once" : "") + "): " + f.outcome()));
                System.out.println(fired.isEmpty() ? "nothing due" : fired.size() + " fired");
                return fired.stream().allMatch(Scheduler.Firing::delivered) ? 0 : 1;
            }
            System.err.println("Running schedules (Ctrl-C to stop); console reports go to " + out);
            scheduler.start(Duration.ofSeconds(20));
            Runtime.getRuntime().addShutdownHook(new Thread(scheduler::close));
            Thread.currentThread().join();
            return 0;
        }
    }
}
