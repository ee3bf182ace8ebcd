package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatSettingsTest {
    @TempDir
    Path dir;

    @Test
    void the_shipped_file_holds_the_defaults() {
        assertThat(ChatSettings.load(Path.of("bot-config/segbot.yaml"))).isEqualTo(ChatSettings.defaults());
    }

    @Test
    void values_are_read_and_a_missing_file_means_defaults() throws Exception {
        Path file = dir.resolve("segbot.yaml");
        Files.writeString(file, "chat:\n  memory_turns: 4\n  memory_idle_minutes: 5\n");
        ChatSettings settings = ChatSettings.load(file);
        assertThat(settings.memoryTurns()).isEqualTo(4);
        assertThat(settings.memoryIdle()).isEqualTo(Duration.ofMinutes(5));
        assertThat(ChatSettings.load(dir.resolve("absent.yaml"))).isEqualTo(ChatSettings.defaults());
    }

    @Test
    void a_typo_or_a_bad_value_is_refused_with_the_key() throws Exception {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "chat:\n  memory_turn: 4\n");
        assertThatThrownBy(() -> ChatSettings.load(typo)).hasMessageContaining("unknown key chat.memory_turn");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "chat:\n  memory_turns: 0\n");
        assertThatThrownBy(() -> ChatSettings.load(bad)).hasMessage("chat.memory_turns must be within [1, 100], got 0");
    }
}
