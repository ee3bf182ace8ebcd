package io.segbot.app;

import io.segbot.chat.ChatEngine;
import io.segbot.chat.ConversationMemory;
import io.segbot.chat.Exports;
import io.segbot.chat.ModelPhraser;
import io.segbot.chat.Phraser;
import io.segbot.chat.RunSnapshots;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModels;
import io.segbot.llm.LlmConfig;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.time.Clock;

/** Builds the chat engine from the database and settings. */
final class ChatWiring {

    private ChatWiring() {}

    /**
     * The phraser over the configured local model (bot-config/segbot.yaml, SEGBOT_MODEL, or the first
     * GGUF in models/), or {@link Phraser#NONE}; says on stderr which mode is active and why.
     */
    static Phraser phraser(boolean noModel) {
        return phraser(model(noModel));
    }

    /** The configured local model, or a no-model stand-in; says on stderr which mode is active and why. */
    static LanguageModel model(boolean noModel) {
        if (noModel) {
            System.err.println("Language model: off (--no-model); answers use templates.");
            return new io.segbot.llm.NoModel("--no-model");
        }
        LlmConfig config = AppContext.config().model();
        LanguageModel model = LanguageModels.open(config);
        System.err.println(model.describe().startupLine());
        return model;
    }

    /** Phrases with the model within model.timeout_seconds of the configuration. */
    static Phraser phraser(LanguageModel model) {
        return model.isAvailable()
                ? new ModelPhraser(model, AppContext.config().model().timeout())
                : Phraser.NONE;
    }

    /** The engine with the chat settings of the configuration. */
    static ChatEngine engine(Database database, Phraser phraser) {
        return engine(database, phraser, AppContext.config().chat());
    }

    static ChatEngine engine(Database database, Phraser phraser, ChatSettings settings) {
        Clock clock = Clock.systemUTC();
        ConversationRepository conversations = new ConversationRepository(database);
        return new ChatEngine(
                IntentClassifier.fromClasspath(),
                new RunSnapshots(new RunRepository(database), new DatasetRepository(database)),
                database.readOnly()
                        ? ConversationMemory.readingOnly(
                                conversations, clock, settings.memoryTurns(), settings.memoryIdle())
                        : new ConversationMemory(conversations, clock, settings.memoryTurns(), settings.memoryIdle()),
                phraser,
                new Exports(settings.exportFolder()),
                new io.segbot.mecerun.MeceRunRepository(database));
    }
}
