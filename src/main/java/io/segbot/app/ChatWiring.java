package io.segbot.app;

import io.segbot.chat.ChatEngine;
import io.segbot.chat.ConversationMemory;
import io.segbot.chat.Exports;
import io.segbot.chat.Phraser;
import io.segbot.chat.RunSnapshots;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import io.segbot.store.RunRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Builds the chat engine from the database and settings. */
final class ChatWiring {
    static final int MEMORY_TURNS = 10;
    static final Duration MEMORY_IDLE = Duration.ofMinutes(30);

    private ChatWiring() {}

    static ChatEngine engine(Database database, Phraser phraser, Path exportFolder) {
        Clock clock = Clock.systemUTC();
        return new ChatEngine(
                IntentClassifier.fromClasspath(),
                new RunSnapshots(new RunRepository(database), new DatasetRepository(database)),
                new ConversationMemory(new ConversationRepository(database), clock, MEMORY_TURNS, MEMORY_IDLE),
                phraser,
                new Exports(exportFolder));
    }
}
