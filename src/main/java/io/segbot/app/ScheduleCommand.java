package io.segbot.app;

import io.segbot.report.ReportSchedule;
import io.segbot.report.Scheduler;
import io.segbot.report.TextTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segbot schedule ...}: manage recurring reports (also loaded from bot-config/reports.yaml). */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = "List, add or remove recurring reports, or run the due ones now.",
        subcommands = {
            ScheduleCommand.ListCommand.class,
            ScheduleCommand.Add.class,
            ScheduleCommand.Remove.class,
            ScheduleCommand.RunDue.class
        })
final class ScheduleCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                commandSpec.commandLine(), "say what to do: list, add, remove, run-due");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List schedules with their next firing.")
    static final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Scheduler scheduler = ScheduleWiring.scheduler(AppContext.database(), ScheduleWiring.consoleSinks())) {
                TextTable table = new TextTable(List.of(
                        TextTable.Column.text("Name"),
                        TextTable.Column.text("Kind"),
                        TextTable.Column.text("Cron"),
                        TextTable.Column.text("Zone"),
                        TextTable.Column.text("Destination"),
                        TextTable.Column.text("Re-run"),
                        TextTable.Column.text("Next")));
                for (ReportSchedule s : scheduler.list()) {
                    table.row(
                            s.name(),
                            s.kind(),
                            s.cron(),
                            s.zone(),
                            s.platform() + ":" + s.channel(),
                            s.rerunAnalysis() ? "yes" : "no",
                            scheduler.next(s.name()).map(Object::toString).orElse("never"));
                }
                System.out.print(table.render());
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or replace a schedule.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--kind", required = true, description = "segments, churn, clv, mece or movement")
        String kind;

        @Option(names = "--cron", required = true, description = "Unix cron, e.g. \"0 9 * * MON\"")
        String cron;

        @Option(names = "--zone", defaultValue = "UTC", description = "time zone; default ${DEFAULT-VALUE}")
        String zone;

        @Option(
                names = "--platform",
                defaultValue = "console",
                description = "console, slack or discord; default ${DEFAULT-VALUE}")
        String platform;

        @Option(
                names = "--channel",
                required = true,
                description = "channel (a folder name under reports/ for the console)")
        String channel;

        @Option(names = "--rerun-analysis", description = "re-run the analysis on the latest dataset first")
        boolean rerun;

        @Override
        public Integer call() {
            // The runtime decides how each platform delivers; a platform segbot has no adapter for is a typo.
            if (!java.util.Set.of("console", "slack", "discord")
                    .contains(platform.toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("--platform '" + platform
                        + "' is not a platform segbot delivers to; use console, slack or discord");
            }
            platform = platform.toLowerCase(java.util.Locale.ROOT);
            ReportSchedule schedule =
                    new ReportSchedule(name, kind, cron, ReportSchedule.zone(name, zone), platform, channel, rerun);
            try (Scheduler scheduler = ScheduleWiring.scheduler(AppContext.database(), ScheduleWiring.consoleSinks())) {
                scheduler.add(schedule);
                System.out.println("added " + name + "; next firing "
                        + scheduler.next(name).map(Object::toString).orElse("never"));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a schedule.")
    static final class Remove implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (Scheduler scheduler = ScheduleWiring.scheduler(AppContext.database(), ScheduleWiring.consoleSinks())) {
                if (!scheduler.remove(name)) {
                    throw new IllegalArgumentException("no schedule named " + name);
                }
            }
            System.out.println("removed " + name);
            return 0;
        }
    }

    @Command(
            name = "run-due",
            mixinStandardHelpOptions = true,
            description = "Run every due schedule once now (for a system cron or after downtime).")
    static final class RunDue implements Callable<Integer> {
        @Override
        public Integer call() {
            try (Scheduler scheduler = ScheduleWiring.scheduler(AppContext.database(), ScheduleWiring.consoleSinks())) {
                var fired = scheduler.tick();
                fired.forEach(f -> System.out.println(
                        f.schedule() + ": " + (f.delivered() ? "delivered" : "failed: " + f.error())));
                if (fired.isEmpty()) {
                    System.out.println("nothing due");
                }
                long failed = fired.stream().filter(f -> !f.delivered()).count();
                if (failed > 0) {
                    // A system cron must see the failure: exit 1, like any failed command.
                    throw new io.segbot.SegbotException(
                            failed + " of " + fired.size() + " due schedules failed (see the lines above)");
                }
            }
            return 0;
        }
    }
}
