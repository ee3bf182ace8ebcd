package io.segbot.app;

import io.segbot.bench.BenchHost;
import io.segbot.bot.BotCore;
import io.segbot.bot.BotSettings;
import io.segbot.bot.Permissions;
import io.segbot.bot.RateLimits;
import io.segbot.llm.LanguageModel;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.time.Duration;

/** The application's side of {@link BenchHost}: the global {@code --db} and {@link BotWiring}. */
final class AppBenchHost implements BenchHost {
    /** Ten turns of memory, conversations forgotten after 30 minutes: what the benchmarks have always used. */
    private static final int MEMORY_TURNS = 10;

    private static final Duration CONVERSATION_IDLE = Duration.ofMinutes(30);

    @Override
    public Database database() {
        return AppContext.database();
    }

    @Override
    public String databaseName() {
        return AppContext.databasePath().toString();
    }

    @Override
    public boolean databaseIsServer() {
        return AppContext.databaseIsServer();
    }

    @Override
    public Database openServer() {
        return AppContext.open(AppContext.databaseTarget(), System.getenv());
    }

    @Override
    public BotCore core(
            Database database,
            LanguageModel model,
            Path exports,
            Permissions permissions,
            RateLimits limits,
            BotSettings settings) {
        return BotWiring.core(
                database,
                model,
                new ChatSettings(MEMORY_TURNS, CONVERSATION_IDLE, exports),
                permissions,
                limits,
                settings);
    }
}
