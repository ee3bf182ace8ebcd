package io.segbot.app;

import io.segbot.chat.ChatRequest;
import io.segbot.platform.console.ConsoleChat;
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
        var engine = ChatWiring.engine(AppContext.database(), ChatWiring.phraser(noModel));
        String user = System.getProperty("user.name", "console");
        // Scheduled reports run while the chat is open (missed ones once at start); the console's
        // sink writes them under reports/.
        io.segbot.report.Scheduler scheduler =
                ScheduleWiring.scheduler(AppContext.database(), ScheduleWiring.consoleSinks());
        scheduler.start(60);
        // The console user is the operator on their own machine: they may export and run jobs.
        new ConsoleChat(
                        engine,
                        "console:" + user,
                        ChatRequest.Permissions.ALL,
                        AppContext.databasePath().toAbsolutePath().resolveSibling("chat-history"))
                .run();
        return 0;
    }
}
