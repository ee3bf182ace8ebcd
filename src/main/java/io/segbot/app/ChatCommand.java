package io.segbot.app;

import io.segbot.bot.BotCore;
import io.segbot.bot.BotSettings;
import io.segbot.llm.LanguageModel;
import io.segbot.platform.console.ConsoleChat;
import io.segbot.platform.console.ConsoleOutbox;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code segbot chat}: the console chat, the embedded default a newcomer runs first. */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = "Chat with segbot in the console (imports and analyses the bundled sample on an empty database).")
final class ChatCommand implements Callable<Integer> {
    @picocli.CommandLine.Option(
            names = "--no-model",
            description = "answer with templates even when a model is configured")
    boolean noModel;

    @Override
    public Integer call() throws Exception {
        DemoCommand.ensureSampleAnalysed(AppContext.database());
        SegbotConfig config = AppContext.config();
        ChatSettings settings = config.chat();
        String user = System.getProperty("user.name", "console");
        // The console's local user may do everything (PermissionPolicy), without rate limits: it is
        // the operator on their own machine and database.
        try (LanguageModel model = ChatWiring.model(noModel);
                BotCore core = BotWiring.core(
                        AppContext.database(),
                        model,
                        settings,
                        config.permissions(),
                        BotWiring.UNLIMITED,
                        BotSettings.defaults().with(config.jobs()))) {
            new ConsoleChat(core, user, AppContext.localFolder().resolve("chat-history")).run(printer -> {
                // The console user is the operator on their own machine: everything goes to
                // them, files into the export folder. Schedules for the console fire while the
                // chat is open (missed ones once at start); other platforms' are left to serve.
                core.register(new ConsoleOutbox(settings.exportFolder(), printer));
                BotWiring.loadSchedules(core);
                core.start();
                core.scheduler().start(60);
            });
        }
        return 0;
    }
}
