package io.segbot.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code chat:} section of segbot.yaml (read by {@link ConfigSections#chat}).
 *
 * @param memoryTurns turns remembered per conversation, 1..100
 * @param memoryIdle a conversation idle this long is forgotten, 1 minute .. 7 days
 * @param exportFolder where customer-list exports are written
 */
record ChatSettings(int memoryTurns, Duration memoryIdle, Path exportFolder) {
    ChatSettings {
        Objects.requireNonNull(exportFolder, "exportFolder");
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
}
