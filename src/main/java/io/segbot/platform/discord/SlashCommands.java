package io.segbot.platform.discord;

import io.segbot.bot.Suggestion;
import io.segbot.bot.command.Usage;
import io.segbot.report.Reports;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * {@code /segbot} as Discord sees it: the core's commands as subcommands with typed options (and
 * autocomplete for datasets, runs and segments), and back: an invocation as the command line the
 * core parses, so the grammar stays in one place.
 */
final class SlashCommands {
    static final String NAME = "segbot";
    private static final String AS_OF = "as_of";

    private SlashCommands() {}

    static SlashCommandData definition() {
        OptionData dataset = new OptionData(OptionType.STRING, "dataset", "an imported dataset (default: the latest)")
                .setAutoComplete(true);
        OptionData asOf = new OptionData(OptionType.STRING, AS_OF, "the analysis date, YYYY-MM-DD");
        OptionData kind = new OptionData(OptionType.STRING, "kind", "which report", true);
        Reports.KINDS.forEach(k -> kind.addChoice(k, k));
        OptionData channel = new OptionData(OptionType.CHANNEL, "channel", "post it in this channel instead")
                .setChannelTypes(ChannelType.TEXT);
        OptionData help = new OptionData(OptionType.STRING, "command", "one command's usage");
        Usage.all().keySet().forEach(name -> help.addChoice(name, name));
        return Commands.slash(NAME, "Customer segments: ask, analyse, name, report, export")
                .addSubcommands(
                        sub("ask").addOption(OptionType.STRING, "question", "your question in plain words", true),
                        sub("run")
                                .addOptions(
                                        dataset,
                                        asOf,
                                        new OptionData(OptionType.INTEGER, "k", "a fixed number of segments")
                                                .setRequiredRange(1, 50)),
                        sub("mece").addOptions(dataset, asOf),
                        sub("name")
                                .addOptions(new OptionData(OptionType.STRING, "run", "latest, a run number or mece:N")
                                        .setAutoComplete(true)),
                        sub("report").addOptions(kind, channel),
                        sub("export")
                                .addOptions(new OptionData(
                                                OptionType.STRING, "segment", "a segment of the latest run", true)
                                        .setAutoComplete(true)),
                        sub("datasets"),
                        sub("status").addOption(OptionType.INTEGER, "job", "a job number (default: your recent jobs)"),
                        sub("cancel").addOption(OptionType.INTEGER, "job", "the job number", true),
                        sub("help").addOptions(help))
                .addSubcommandGroups(new SubcommandGroupData("schedule", "recurring reports")
                        .addSubcommands(
                                new SubcommandData("add", "add a recurring report")
                                        .addOption(OptionType.STRING, "name", "the schedule's name", true)
                                        .addOptions(kind)
                                        .addOption(OptionType.STRING, "cron", "when, e.g. 0 9 * * MON", true)
                                        .addOption(OptionType.STRING, "zone", "time zone, e.g. Europe/Paris")
                                        .addOptions(channel),
                                new SubcommandData("list", "list the schedules"),
                                new SubcommandData("remove", "remove a schedule")
                                        .addOption(OptionType.STRING, "name", "the schedule's name", true)));
    }

    private static SubcommandData sub(String name) {
        return new SubcommandData(name, Usage.of(name).orElseThrow().purpose());
    }

    /** Which suggestions an option with autocomplete wants. */
    static Optional<Suggestion> suggestionFor(String option) {
        return switch (option) {
            case "dataset" -> Optional.of(Suggestion.DATASET);
            case "run" -> Optional.of(Suggestion.RUN);
            case "segment" -> Optional.of(Suggestion.SEGMENT);
            default -> Optional.empty();
        };
    }

    /** The invocation as the core's command line, e.g. {@code run shop --as-of 2025-06-30 --k 4}. */
    static String line(SlashCommandInteraction command) {
        String group = command.getSubcommandGroup();
        String name = command.getSubcommandName() == null ? "help" : command.getSubcommandName();
        if ("schedule".equals(group)) {
            return switch (name) {
                case "add" -> "schedule add " + quote(text(command, "name")) + " " + quote(text(command, "kind")) + " "
                        + "\"" + text(command, "cron").replace("\"", "") + "\""
                        + option(command, "zone", "--zone") + channelOption(command, "--channel");
                case "remove" -> "schedule remove " + quote(text(command, "name"));
                default -> "schedule list";
            };
        }
        return switch (name) {
            case "ask" -> "ask " + text(command, "question");
            case "export" -> "export " + text(command, "segment");
            case "run" -> "run" + positional(command, "dataset") + option(command, AS_OF, "--as-of")
                    + option(command, "k", "--k");
            case "mece" -> "mece" + positional(command, "dataset") + option(command, AS_OF, "--as-of");
            case "name" -> "name" + (command.getOption("run") == null ? " latest" : positional(command, "run"));
            case "report" -> "report " + quote(text(command, "kind")) + channelOption(command, "");
            case "status", "cancel", "help" -> name + positional(command, name.equals("help") ? "command" : "job");
            default -> name;
        };
    }

    private static String text(SlashCommandInteraction command, String option) {
        OptionMapping value = command.getOption(option);
        return value == null ? "" : value.getAsString().strip();
    }

    private static String positional(SlashCommandInteraction command, String option) {
        String value = text(command, option);
        return value.isEmpty() ? "" : " " + quote(value);
    }

    private static String option(SlashCommandInteraction command, String option, String flag) {
        String value = text(command, option);
        return value.isEmpty() ? "" : " " + flag + " " + quote(value);
    }

    private static String channelOption(SlashCommandInteraction command, String flag) {
        OptionMapping channel = command.getOption("channel");
        if (channel == null) {
            return "";
        }
        return (flag.isEmpty() ? " " : " " + flag + " ") + "<#" + channel.getAsString() + ">";
    }

    /** One word of a command line: quoted when it holds spaces or quotes. */
    static String quote(String value) {
        return value.matches("[A-Za-z0-9_.:/+-]+") ? value : "\"" + value.replace("\"", "'") + "\"";
    }

    static List<String> subcommands() {
        return List.of(
                "ask", "run", "mece", "name", "report", "export", "schedule", "datasets", "status", "cancel", "help");
    }
}
