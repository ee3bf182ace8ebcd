package io.segbot.app;

import io.segbot.bot.BotCore;
import io.segbot.bot.BotServices;
import io.segbot.bot.BotSettings;
import io.segbot.bot.Permissions;
import io.segbot.bot.RateLimits;
import io.segbot.llm.LanguageModel;
import io.segbot.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Builds the bot's core from the database, the model and the settings. */
final class BotWiring {
    /** No rate limits: a process that serves only its local operator. */
    static final RateLimits UNLIMITED = (requester, ability) -> java.util.Optional.empty();

    private BotWiring() {}

    static BotCore core(
            Database database,
            LanguageModel model,
            ChatSettings chat,
            Permissions permissions,
            RateLimits limits,
            BotSettings settings) {
        Clock clock = Clock.systemUTC();
        BotServices services = new BotServices(
                database,
                BotWiring::meceConfig,
                () -> NameCommand.personaBook(AppContext.config().dir()),
                model,
                schedule -> ScheduleWiring.produce(database, schedule),
                clock);
        return new BotCore(
                services, ChatWiring.engine(database, ChatWiring.phraser(model), chat), permissions, limits, settings);
    }

    /** Loads bot-config/reports.yaml into the core's scheduler (the schedules the file defines). */
    static void loadSchedules(BotCore core) {
        ScheduleWiring.configured().forEach(core.scheduler()::add);
    }

    private static io.segbot.mece.MeceConfig meceConfig() {
        try {
            return MeceConfigLoader.load(null, null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MeceConfigLoader.describe(null) + ": " + e.getMessage(), e);
        }
    }
}
