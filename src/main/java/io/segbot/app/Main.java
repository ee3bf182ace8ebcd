package io.segbot.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code segbot} command line: every job a user runs, each a subcommand. */
@Command(
        name = "segbot",
        mixinStandardHelpOptions = true,
        version = "segbot 0.1.0",
        description = "A customer-segmentation analyst that runs on your own machine.")
public final class Main implements Runnable {
    /** The subcommands, in the order {@code --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            ChatCommand.class,
            ServeCommand.class,
            AskCommand.class,
            DemoCommand.class,
            ImportCommand.class,
            DatasetsCommand.class,
            AnalyzeCommand.class,
            SegmentsCommand.class,
            CustomersCommand.class,
            ClvCommand.class,
            MeceCommand.class,
            NameCommand.class,
            ReportCommand.class,
            ScheduleCommand.class,
            ModelCommand.class,
            BackupCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class);

    static final String DEFAULT_DB = "./segbot-data/segbot";

    @Option(
            names = "--db",
            scope = ScopeType.INHERIT,
            paramLabel = "PATH|URL",
            description = "H2 database file (without .mv.db), or a PostgreSQL URL jdbc:postgresql://host:5432/segbot"
                    + " (user and password from SEGBOT_DB_USER, SEGBOT_DB_PASSWORD); env SEGBOT_DB;"
                    + " default ${DEFAULT-VALUE}",
            defaultValue = "${env:SEGBOT_DB:-" + DEFAULT_DB + "}")
    void setDb(String db) {
        AppContext.setDatabaseTarget(db);
    }

    @Option(
            names = "--config",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "configuration folder (segbot.yaml, personas.yaml, mece.yaml, reports.yaml); env"
                    + " SEGBOT_CONFIG; default ./bot-config when it exists, else the defaults packed in the jar")
    void setConfig(Path folder) {
        AppContext.setConfigFolder(folder);
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "log debug detail and stack traces")
    void setVerbose(boolean verbose) {
        AppContext.setVerbose(verbose);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        configureLogging(Arrays.asList(args).contains("--verbose"));
        int code = commandLine(args).execute(args);
        AppContext.close();
        // java-llama.cpp keeps a native thread alive after close (upstream issue #116): exit explicitly.
        System.exit(code);
    }

    /** The command line with every subcommand. */
    static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line for {@code args}: only the subcommand they name is built when they name one
     * (picocli reflects over every command class it registers, about a third of {@code segbot ask}'s
     * start-up), every subcommand otherwise ({@code --help}, {@code help}, a typo).
     */
    static CommandLine commandLine(String[] args) {
        String wanted = subcommandName(args);
        boolean known = COMMANDS.stream().anyMatch(c -> name(c).equals(wanted)) && !"help".equals(wanted);
        CommandLine cli = new CommandLine(new Main(), new BenchCommand.Factory());
        for (Class<?> command : COMMANDS) {
            if (!known || name(command).equals(wanted)) {
                cli.addSubcommand(command);
            }
        }
        ErrorReporter errors = new ErrorReporter();
        cli.setExecutionExceptionHandler(errors);
        cli.setParameterExceptionHandler(errors);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.LocalDate.class, Main::date);
        cli.setExecutionStrategy(Main::validateConfigThenRun);
        return cli;
    }

    /** The configuration is checked once, before any command does anything (help needs none). */
    private static int validateConfigThenRun(CommandLine.ParseResult parsed) {
        boolean help = false;
        for (CommandLine.ParseResult part = parsed; part != null; part = part.subcommand()) {
            help |= part.isUsageHelpRequested()
                    || part.isVersionHelpRequested()
                    || part.commandSpec().userObject() instanceof CommandLine.HelpCommand;
        }
        if (!help) {
            try {
                AppContext.config();
            } catch (ConfigException e) {
                throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** The first argument that is neither an option nor a global option's value, or null. */
    static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--config")) {
                i++; // its value
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** Dates on the command line, with a message that says the expected form (not a parser exception). */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(
                    "expected a date as YYYY-MM-DD (e.g. 2024-03-31), got '" + io.segbot.ErrorText.quote(text) + "'");
        }
    }

    static void configureLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        // Flyway logs a failed migration as ERROR with stack traces; the one-line error already says it.
        System.setProperty("org.slf4j.simpleLogger.log.org.flywaydb", verbose ? "info" : "off");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
