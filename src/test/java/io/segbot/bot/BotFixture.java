package io.segbot.bot;

import io.segbot.chat.ChatEngine;
import io.segbot.chat.ConversationMemory;
import io.segbot.chat.Exports;
import io.segbot.chat.Phraser;
import io.segbot.chat.RunSnapshots;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.llm.NoModel;
import io.segbot.mece.MeceConfig;
import io.segbot.mecerun.MeceRunRepository;
import io.segbot.naming.PersonaBook;
import io.segbot.report.Reports;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A real H2 store with a seeded dataset "shop" (400 customers over two years) analysed once as run
 * 1, and the bot's core over it with the no-model chat engine.
 */
public final class BotFixture {
    static final IntentClassifier CLASSIFIER = IntentClassifier.fromClasspath();

    private BotFixture() {}

    /** Imports the seeded "shop" dataset and analyses it (run 1). */
    public static void seed(Database database, Path dir) throws IOException {
        Path csv = dir.resolve("shop.csv");
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            TransactionGenerator.write(
                    new TransactionGenerator.Spec(400, 7, LocalDate.of(2023, 1, 1), 730, 14, 20), writer);
        }
        new Importer(database).importTransactions(Importer.Request.of(csv));
        new AnalysisService(database, Clock.systemUTC()).analyze(new AnalysisService.Request(null, null, 3, 42, 365));
    }

    public static ChatEngine engine(Database database, Phraser phraser, Path dir) {
        return new ChatEngine(
                CLASSIFIER,
                new RunSnapshots(new RunRepository(database), new DatasetRepository(database)),
                new ConversationMemory(
                        new ConversationRepository(database), Clock.systemUTC(), 10, Duration.ofMinutes(30)),
                phraser,
                new Exports(dir.resolve("exports")),
                new MeceRunRepository(database));
    }

    public static BotServices services(Database database, Clock clock) {
        return new BotServices(
                database,
                MeceConfig::defaults,
                () -> PersonaBook.load(Path.of(PersonaBook.FILE)),
                new NoModel("tests run without a model"),
                schedule -> Reports.build(database, schedule.kind(), null, null),
                clock);
    }

    public static BotCore core(Database database, Phraser phraser, Path dir, Permissions permissions) {
        RateLimits unlimited = (requester, ability) -> java.util.Optional.empty();
        return new BotCore(
                services(database, Clock.systemUTC()),
                engine(database, phraser, dir),
                permissions,
                unlimited,
                BotSettings.defaults());
    }

    static BotCore core(Database database, Phraser phraser, Path dir, Grants grants) {
        return core(database, phraser, dir, grants, BotSettings.defaults(), Clock.systemUTC());
    }

    static BotCore core(
            Database database, Phraser phraser, Path dir, Grants grants, BotSettings settings, Clock clock) {
        return new BotCore(services(database, clock), engine(database, phraser, dir), grants, grants, settings);
    }
}
