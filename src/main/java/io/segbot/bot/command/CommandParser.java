package io.segbot.bot.command;

import io.segbot.report.Reports;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a {@code /segbot} command line once, for every platform. A line that does not follow the
 * grammar is {@link Parsed.Malformed} with the command's usage line: the bot never guesses.
 *
 * <p>Thread-safety: stateless. Nullness: never returns null.
 */
public final class CommandParser {
    /** Slack's {@code <#C123|general>} and Discord's {@code <#123>} channel mentions. */
    private static final Pattern CHANNEL_MENTION = Pattern.compile("<#([A-Za-z0-9]+)(?:\\|[^>]*)?>");

    private CommandParser() {}

    public static Parsed parse(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return new Parsed.Ok(new Command.Help(null));
        }
        String name = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String rest = text.substring(text.split("\\s+", 2)[0].length()).strip();
        if (Usage.of(name).isEmpty()) {
            return new Parsed.Malformed("", "I don't know the command '" + shorten(name) + "'.", null);
        }
        try {
            return new Parsed.Ok(command(name, rest));
        } catch (Bad | IllegalArgumentException e) {
            return new Parsed.Malformed(
                    name, e.getMessage(), Usage.of(name).orElseThrow().syntax());
        }
    }

    private static Command command(String name, String rest) {
        if (name.equals("ask")) {
            require(!rest.isEmpty(), "ask needs a question.");
            return new Command.Ask(rest);
        }
        if (name.equals("export")) {
            require(!rest.isEmpty(), "export needs a segment name or cluster number.");
            return new Command.Export(String.join(" ", Tokens.split(rest)));
        }
        Words words = new Words(Tokens.split(rest));
        Command command =
                switch (name) {
                    case "run" -> run(words);
                    case "mece" -> mece(words);
                    case "name" -> name(words);
                    case "report" -> report(words);
                    case "schedule" -> Schedules.parse(words);
                    case "datasets" -> new Command.Datasets();
                    case "status" -> new Command.Status(
                            words.optionalPositional() == null ? null : jobId(words.last()));
                    case "cancel" -> new Command.Cancel(jobId(words.requiredPositional("the job number")));
                    case "help" -> help(words);
                    default -> throw new IllegalStateException("no parser for " + name);
                };
        words.requireConsumed();
        return command;
    }

    /** Options first: their values must not be taken for positionals. */
    private static Command mece(Words words) {
        LocalDate asOf = words.date("--as-of");
        return new Command.Mece(words.optionalPositional(), asOf);
    }

    private static Command run(Words words) {
        LocalDate asOf = words.date("--as-of");
        String k = words.option("--k");
        String dataset = words.optionalPositional();
        int clusters = 0;
        if (k != null && !k.equalsIgnoreCase("auto")) {
            clusters = positive(k, "--k takes a number of segments from 2 to 20 or 'auto'");
            require(clusters >= 2 && clusters <= 20, "--k takes a number of segments from 2 to 20 or 'auto'.");
        }
        return new Command.Run(dataset, asOf, clusters);
    }

    private static Command name(Words words) {
        String run = words.requiredPositional("a run id or 'latest'").toLowerCase(Locale.ROOT);
        boolean mece = run.startsWith("mece:");
        String id = mece ? run.substring("mece:".length()) : run;
        if (id.equals("latest")) {
            return new Command.Name(null, mece);
        }
        return new Command.Name((long) positive(id, "name takes a run id (a number), 'latest' or mece:RUN"), mece);
    }

    private static Command report(Words words) {
        String kind = words.requiredPositional("a report kind").toLowerCase(Locale.ROOT);
        require(Reports.KINDS.contains(kind), "there is no report '" + shorten(kind) + "'.");
        String channel = words.optionalPositional();
        return new Command.Report(kind, channel == null ? null : channel(channel));
    }

    private static Command help(Words words) {
        String about = words.optionalPositional();
        if (about == null) {
            return new Command.Help(null);
        }
        String command = about.toLowerCase(Locale.ROOT).replaceFirst("^/", "");
        require(Usage.of(command).isPresent(), "there is no command '" + shorten(about) + "'.");
        return new Command.Help(command);
    }

    /** A channel as typed: a mention, {@code #name} or a bare id or name. */
    static String channel(String typed) {
        Matcher mention = CHANNEL_MENTION.matcher(typed);
        if (mention.matches()) {
            return mention.group(1);
        }
        String name = typed.startsWith("#") ? typed.substring(1) : typed;
        require(name.matches("[\\p{L}\\p{N}_.-]{1,80}"), "'" + shorten(typed) + "' is not a channel.");
        return name;
    }

    static long jobId(String typed) {
        String digits = typed.startsWith("#") ? typed.substring(1) : typed;
        return positive(digits, "a job is named by its number, e.g. 12");
    }

    static int positive(String typed, String problem) {
        try {
            int value = Integer.parseInt(typed);
            require(value > 0, problem + ".");
            return value;
        } catch (NumberFormatException e) {
            throw new Bad(problem + ", not '" + shorten(typed) + "'.");
        }
    }

    static void require(boolean condition, String problem) {
        if (!condition) {
            throw new Bad(problem);
        }
    }

    /** Keeps a quoted bad value short enough for one line. */
    static String shorten(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 37) + "...";
    }

    /** A parse problem, with a message fit to show. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bad(String problem) {
            super(problem, null, false, false);
        }
    }

    /** The words after the command name: options are taken out, positionals in order. */
    static final class Words {
        private final List<String> words;
        private String last;

        Words(List<String> words) {
            this.words = new ArrayList<>(words);
        }

        String option(String name) {
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (word.equals(name)) {
                    require(i + 1 < words.size(), name + " needs a value.");
                    String value = words.get(i + 1);
                    words.subList(i, i + 2).clear();
                    return value;
                }
                if (word.startsWith(name + "=")) {
                    words.remove(i);
                    return word.substring(name.length() + 1);
                }
            }
            return null;
        }

        LocalDate date(String name) {
            String value = option(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new Bad(name + " takes a date like 2024-12-31, not '" + shorten(value) + "'.");
            }
        }

        /** The next word that is not an option, or null. */
        String optionalPositional() {
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).startsWith("--")) {
                    last = words.remove(i);
                    return last;
                }
            }
            return null;
        }

        String requiredPositional(String what) {
            String value = optionalPositional();
            require(value != null, "it needs " + what + ".");
            return value;
        }

        String last() {
            return last;
        }

        boolean isEmpty() {
            return words.isEmpty();
        }

        void requireConsumed() {
            if (!words.isEmpty()) {
                String extra = words.get(0);
                throw new Bad(
                        extra.startsWith("--")
                                ? "there is no option " + shorten(extra) + " here."
                                : "'" + shorten(extra) + "' is one word too many.");
            }
        }
    }
}
