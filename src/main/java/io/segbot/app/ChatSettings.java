package io.segbot.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Set;

/**
 * The {@code chat:} section of {@code bot-config/segbot.yaml}, validated once at start.
 *
 * @param memoryTurns turns remembered per conversation, 1..100
 * @param memoryIdle a conversation idle this long is forgotten, 1 minute .. 7 days
 * @param exportFolder where customer-list exports are written
 */
record ChatSettings(int memoryTurns, Duration memoryIdle, Path exportFolder) {
    static final Set<String> KEYS = Set.of("memory_turns", "memory_idle_minutes", "export_folder");

    ChatSettings {
        if (memoryTurns < 1 || memoryTurns > 100) {
            throw new IllegalArgumentException("chat.memory_turns must be within [1, 100], got " + memoryTurns);
        }
        if (memoryIdle.toMinutes() < 1 || memoryIdle.toDays() > 7) {
            throw new IllegalArgumentException(
                    "chat.memory_idle_minutes must be within [1, 10080], got " + memoryIdle.toMinutes());
        }
    }

    static ChatSettings defaults() {
        return new ChatSettings(10, Duration.ofMinutes(30), Path.of("exports"));
    }

    /** Reads the file if it exists; unknown keys are refused so a typo does not silently fall back. */
    static ChatSettings load(Path file) {
        ChatSettings defaults = defaults();
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        JsonNode chat;
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            chat = root == null ? null : root.get("chat");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (chat == null || chat.isNull()) {
            return defaults;
        }
        for (Iterator<String> names = chat.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(
                        file + ": unknown key chat." + key + "; known keys: " + String.join(", ", KEYS));
            }
        }
        return new ChatSettings(
                chat.path("memory_turns").asInt(defaults.memoryTurns()),
                Duration.ofMinutes(chat.path("memory_idle_minutes")
                        .asLong(defaults.memoryIdle().toMinutes())),
                Path.of(chat.path("export_folder")
                        .asText(defaults.exportFolder().toString())));
    }
}
