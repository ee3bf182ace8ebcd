package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.bot.Ability;
import io.segbot.bot.RateLimit;
import io.segbot.bot.Requester;
import io.segbot.bot.SlackSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SegbotConfigTest {
    @TempDir
    Path dir;

    private SegbotConfig load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("segbot.yaml"), yaml);
        return SegbotConfig.load(ConfigDir.resolve(dir, Map.of(), dir), env, dir);
    }

    @Test
    void the_shipped_file_and_an_empty_file_give_the_documented_defaults() throws IOException {
        SegbotConfig shipped =
                SegbotConfig.load(ConfigDir.resolve(Path.of("bot-config"), Map.of(), dir), Map.of(), dir);
        SegbotConfig empty = load("", Map.of());

        for (SegbotConfig config : List.of(shipped, empty)) {
            assertThat(config.model().contextSize()).isEqualTo(4096);
            assertThat(config.model().queueCapacity()).isEqualTo(8);
            assertThat(config.model().timeout()).isEqualTo(Duration.ofSeconds(120));
            assertThat(config.model().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(config.chat()).isEqualTo(ChatSettings.defaults());
            assertThat(config.jobs().workers()).isEqualTo(2);
            assertThat(config.jobs().queueCapacity()).isEqualTo(20);
            assertThat(config.jobs().shutdownDeadline()).isEqualTo(Duration.ofSeconds(30));
            assertThat(config.rateLimits())
                    .isEqualTo(Map.of(Ability.ASK, RateLimit.perMinute(20), Ability.RUN, RateLimit.perHour(5)));
            assertThat(config.slack()).isEqualTo(SlackSettings.defaults());
            assertThat(config.discord().guildId()).isEmpty();
            assertThat(config.permissions().allows(Requester.of("slack", "U1"), Ability.ASK))
                    .isTrue();
            assertThat(config.permissions().allows(Requester.of("slack", "U1"), Ability.RUN))
                    .isFalse();
        }
    }

    @Test
    void every_section_is_read() throws IOException {
        SegbotConfig config = load(
                """
                model: {path: models/m.gguf, threads: 3, context_size: 2048, queue_capacity: 4, timeout_seconds: 30}
                chat: {memory_turns: 4, memory_idle_minutes: 5, export_folder: out}
                jobs: {workers: 3, queue_capacity: 0, shutdown_deadline_seconds: 5}
                permissions:
                  ask: {everyone: false, users: [U1]}
                  run: {slack_groups: [S1], discord_roles: [112233445566778899]}
                rate_limits: {ask: 3/second, run: off, export: 2/day}
                platforms:
                  slack: {mode: http, bind_address: 0.0.0.0, port: 8080, report_channel: C0123}
                  discord: {guild_id: "998877", report_channel: 123456}
                """,
                Map.of());

        assertThat(config.model().explicitModel()).contains(dir.resolve("models/m.gguf"));
        assertThat(config.model().explicitSource()).isEqualTo("model.path in " + dir.resolve("segbot.yaml"));
        assertThat(config.model().threads()).isEqualTo(3);
        assertThat(config.model().contextSize()).isEqualTo(2048);
        assertThat(config.model().queueCapacity()).isEqualTo(4);
        assertThat(config.model().timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.chat()).isEqualTo(new ChatSettings(4, Duration.ofMinutes(5), Path.of("out")));
        assertThat(config.jobs().workers()).isEqualTo(3);
        assertThat(config.jobs().queueCapacity()).isZero();
        assertThat(config.jobs().shutdownDeadline()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.permissions().allows(Requester.of("slack", "U2"), Ability.ASK))
                .isFalse();
        assertThat(config.permissions().allows(Requester.of("slack", "U1"), Ability.ASK))
                .isTrue();
        assertThat(config.permissions().allows(new Requester("slack", "U2", null, Set.of("S1")), Ability.RUN))
                .isTrue();
        assertThat(config.permissions()
                        .allows(new Requester("discord", "5", null, Set.of("112233445566778899")), Ability.RUN))
                .isTrue();
        assertThat(config.rateLimits())
                .isEqualTo(Map.of(
                        Ability.ASK,
                        new RateLimit(3, Duration.ofSeconds(1)),
                        Ability.EXPORT,
                        new RateLimit(2, Duration.ofDays(1))));
        assertThat(config.slack())
                .isEqualTo(new SlackSettings(SlackSettings.Mode.HTTP, "0.0.0.0", 8080, Optional.of("C0123")));
        assertThat(config.discord().guildId()).contains("998877");
        assertThat(config.discord().reportChannel()).contains("123456");
    }

    @Test
    void the_environment_names_the_model_before_the_file() throws IOException {
        SegbotConfig config = load("model: {path: models/from-file.gguf}\n", Map.of("SEGBOT_MODEL", "/opt/m.gguf"));

        assertThat(config.model().explicitModel()).contains(Path.of("/opt/m.gguf"));
        assertThat(config.model().explicitSource()).isEqualTo("env SEGBOT_MODEL");
    }

    @Test
    void secrets_come_from_the_environment_and_never_show_in_the_record() throws IOException {
        SegbotConfig config = load("", Map.of("SLACK_BOT_TOKEN", "xoxb-secret-value", "HOME", "/root"));

        assertThat(config.secrets().get("SLACK_BOT_TOKEN")).contains("xoxb-secret-value");
        assertThat(config.secrets().has("DISCORD_TOKEN")).isFalse();
        assertThat(config.toString()).doesNotContain("xoxb-secret-value").contains("SLACK_BOT_TOKEN=set");
    }

    static Stream<Path> badFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(SegbotConfigTest.class.getResource("/config/bad").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void a_bad_file_is_refused_naming_the_file_the_key_and_the_value(Path bad) throws IOException {
        List<String> lines = Files.readAllLines(bad);
        List<String> expected = marked(lines, "# expect: ");
        assertThat(expected).as("the file says what the refusal names").hasSizeGreaterThanOrEqualTo(2);
        Files.copy(bad, dir.resolve("segbot.yaml"));

        assertThatThrownBy(() -> SegbotConfig.load(ConfigDir.resolve(dir, Map.of(), dir), Map.of(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir.resolve("segbot.yaml") + ":")
                .satisfies(e -> assertThat(e.getMessage()).contains(expected))
                .satisfies(e -> marked(lines, "# absent: ")
                        .forEach(secret -> assertThat(e.getMessage()).doesNotContain(secret)));
    }

    @Test
    void there_are_at_least_fifteen_bad_files() throws Exception {
        assertThat(badFiles()).hasSizeGreaterThanOrEqualTo(15);
    }

    private static List<String> marked(List<String> lines, String prefix) {
        return lines.stream()
                .filter(line -> line.startsWith(prefix))
                .map(line -> line.substring(prefix.length()))
                .toList();
    }
}
