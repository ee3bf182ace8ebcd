package io.segbot.bot;

import io.segbot.llm.LanguageModel;
import io.segbot.mece.MeceConfig;
import io.segbot.naming.PersonaBook;
import io.segbot.report.Scheduler;
import io.segbot.store.Database;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the core works with, built once by the application.
 *
 * @param meceConfig the MECE configuration (bot-config/mece.yaml), read when a MECE job starts
 * @param personas the naming jury (bot-config/personas.yaml), read when a naming job starts
 * @param model the local language model, or a no-model implementation
 * @param reports builds a scheduled report (re-running the analysis first when the schedule asks)
 */
public record BotServices(
        Database database,
        Supplier<MeceConfig> meceConfig,
        Supplier<PersonaBook> personas,
        LanguageModel model,
        Scheduler.Producer reports,
        Clock clock) {
    public BotServices {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(meceConfig, "meceConfig");
        Objects.requireNonNull(personas, "personas");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(clock, "clock");
    }
}
