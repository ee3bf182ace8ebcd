package io.segbot.app;

import io.segbot.bot.BotCore;
import io.segbot.bot.BotSettings;
import io.segbot.bot.PlatformAdapter;
import io.segbot.bot.TokenBuckets;
import io.segbot.llm.LanguageModel;
import io.segbot.platform.console.ConsoleChat;
import io.segbot.platform.console.ConsoleOutbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot serve}: the bot process. Loads the configuration once (Main did), opens the store,
 * builds the core, starts every platform with credentials (and the console with --console) and the
 * scheduler, then runs until SIGTERM/SIGINT (or /quit in the console): it stops accepting, lets
 * running jobs finish within jobs.shutdown_deadline_seconds, cancels and records the rest, and
 * closes the model and the database. A second signal exits at once.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Run the bot: every chat platform with credentials in the environment (Slack, Discord),"
                + " the scheduler, and with --console the console chat, on one core. Stops on SIGTERM or"
                + " Ctrl-C (running jobs get jobs.shutdown_deadline_seconds); a second signal exits at once.")
final class ServeCommand implements Callable<Integer> {
    /**
     * Exit code when no platform is configured: 1, a refused request in the README's table of exit
     * codes (2 is only a command line that does not parse).
     */
    static final int NOTHING_TO_SERVE = 1;

    @Option(names = "--console", description = "also chat in this terminal, on the same core")
    boolean console;

    @Option(names = "--no-model", description = "answer with templates even when a model is configured")
    boolean noModel;

    @Override
    public Integer call() throws Exception {
        SegbotConfig config = AppContext.config();
        List<PlatformAdapter> all = PlatformWiring.adapters(config);
        List<PlatformAdapter> adapters =
                all.stream().filter(PlatformAdapter::configured).toList();
        if (adapters.isEmpty() && !console) {
            System.err.println(PlatformWiring.nothingToServe(config, all));
            return NOTHING_TO_SERVE;
        }
        ShutdownSignals signals = ShutdownSignals.install();
        List<PlatformAdapter> started = new ArrayList<>();
        String cause;
        try (LanguageModel model = ChatWiring.model(noModel);
                BotCore core = BotWiring.core(
                        AppContext.database(),
                        model,
                        config.chat(),
                        config.permissions(),
                        rateLimits(config),
                        BotSettings.defaults().with(config.jobs()))) {
            adapters.forEach(adapter -> core.register(adapter.outbox()));
            BotWiring.loadSchedules(core);
            core.start();
            for (PlatformAdapter adapter : adapters) {
                started.add(adapter);
                System.out.println(adapter.start(core));
            }
            if (console) {
                startConsole(core, config, signals);
            }
            core.scheduler().start(60);
            System.out.println("scheduler: running (reports every minute when due); pid "
                    + ProcessHandle.current().pid() + ", stop with Ctrl-C or SIGTERM");
            cause = signals.await();
            started.forEach(PlatformAdapter::stopReceiving);
            Duration deadline = config.jobs().shutdownDeadline();
            System.err.println("stopping (" + cause + "): " + core.jobs().active() + " job(s) still running get up to "
                    + deadline.toSeconds() + " s");
        } finally {
            started.forEach(PlatformAdapter::close);
        }
        System.err.println("stopped.");
        return 0;
    }

    /** The console chat on its own thread; leaving it (/quit, Ctrl-D) stops the whole process. */
    private static void startConsole(BotCore core, SegbotConfig config, ShutdownSignals signals) {
        String user = System.getProperty("user.name", "console");
        Thread thread = new Thread(
                () -> {
                    try {
                        new ConsoleChat(core, user, AppContext.localFolder().resolve("chat-history"))
                                .run(printer -> core.register(
                                        new ConsoleOutbox(config.chat().exportFolder(), printer)));
                    } catch (java.io.IOException | RuntimeException e) {
                        System.err.println("console: " + e.getMessage());
                    }
                    signals.request("console closed");
                },
                "segbot-console");
        thread.setDaemon(true);
        thread.start();
        System.out.println("console: chat open (/help lists the commands, /quit stops serve)");
    }

    /**
     * Rate limits shared through the store when it is a server several instances use (PostgreSQL),
     * else kept in this process: an H2 file is one instance's (the command line beside it takes no
     * rate-limited requests).
     */
    private static TokenBuckets rateLimits(SegbotConfig config) {
        return AppContext.databaseIsServer()
                ? TokenBuckets.shared(config.rateLimits(), Clock.systemUTC(), AppContext.database())
                : new TokenBuckets(config.rateLimits(), Clock.systemUTC());
    }
}
