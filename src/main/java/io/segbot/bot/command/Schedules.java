package io.segbot.bot.command;

import io.segbot.bot.command.CommandParser.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code schedule add|list|remove} sub-grammar. */
final class Schedules {
    private Schedules() {}

    static Command parse(Words words) {
        String action = words.requiredPositional("add, list or remove").toLowerCase(Locale.ROOT);
        return switch (action) {
            case "list" -> new Command.ScheduleList();
            case "remove" -> new Command.ScheduleRemove(words.requiredPositional("the schedule's name"));
            case "add" -> add(words);
            default -> throw new CommandParser.Bad(
                    "schedule takes add, list or remove, not '" + CommandParser.shorten(action) + "'.");
        };
    }

    /** {@code add NAME KIND "CRON"}, or the five cron fields unquoted. */
    private static Command add(Words words) {
        String zone = words.option("--zone");
        String channel = words.option("--channel");
        String name = words.requiredPositional("a name for the schedule");
        CommandParser.require(
                name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}"),
                "a schedule name is letters, digits, '.', '_' or '-', not '" + CommandParser.shorten(name) + "'.");
        String kind = words.requiredPositional("a report kind").toLowerCase(Locale.ROOT);
        CommandParser.require(
                io.segbot.report.Reports.KINDS.contains(kind),
                "there is no report '" + CommandParser.shorten(kind) + "'.");
        String first = words.requiredPositional("a cron expression such as \"0 9 * * MON\"");
        List<String> fields = new ArrayList<>(List.of(first.strip().split("\\s+")));
        while (fields.size() < 5 && !words.isEmpty()) {
            fields.add(words.requiredPositional("a cron field"));
        }
        CommandParser.require(
                fields.size() == 5,
                "a cron expression has five fields (minute hour day month weekday), e.g. \"0 9 * * MON\".");
        return new Command.ScheduleAdd(
                name, kind, String.join(" ", fields), zone, channel == null ? null : CommandParser.channel(channel));
    }
}
