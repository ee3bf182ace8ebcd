package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDirTest {
    @TempDir
    Path dir;

    @Test
    void the_option_wins_over_the_environment_which_wins_over_the_local_folder() throws Exception {
        Path option = Files.createDirectory(dir.resolve("option"));
        Path fromEnv = Files.createDirectory(dir.resolve("env"));
        Files.createDirectory(dir.resolve("bot-config"));
        Map<String, String> env = Map.of("SEGBOT_CONFIG", fromEnv.toString());

        assertThat(ConfigDir.resolve(option, env, dir)).isEqualTo(new ConfigDir(Optional.of(option), "--config"));
        assertThat(ConfigDir.resolve(null, env, dir)).isEqualTo(new ConfigDir(Optional.of(fromEnv), "SEGBOT_CONFIG"));
        assertThat(ConfigDir.resolve(null, Map.of(), dir).chosenBy()).isEqualTo("./bot-config");
    }

    @Test
    void without_a_folder_the_files_packed_into_the_jar_are_used() {
        ConfigDir packed = ConfigDir.resolve(null, Map.of(), dir);

        assertThat(packed.folder()).isEmpty();
        assertThat(packed.read("personas.yaml")).get().asString().contains("Chief Segmentation Officer");
        assertThat(packed.describe("personas.yaml")).isEqualTo("segbot.jar's built-in bot-config/personas.yaml");
        assertThat(packed.read("no-such.yaml")).isEmpty();
    }

    @Test
    void a_file_missing_from_the_folder_falls_back_to_the_packed_one() throws Exception {
        Files.writeString(dir.resolve("segbot.yaml"), "chat: {memory_turns: 3}\n");
        ConfigDir folder = ConfigDir.resolve(dir, Map.of(), Path.of("/"));

        assertThat(folder.read("segbot.yaml")).contains("chat: {memory_turns: 3}\n");
        assertThat(folder.describe("segbot.yaml"))
                .isEqualTo(dir.resolve("segbot.yaml").toString());
        assertThat(folder.read("mece.yaml")).get().asString().contains("dimensions");
    }

    @Test
    void a_folder_that_does_not_exist_is_refused_naming_where_it_came_from() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> ConfigDir.resolve(missing, Map.of(), dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--config: no such folder " + missing);
        assertThatThrownBy(() -> ConfigDir.resolve(null, Map.of("SEGBOT_CONFIG", missing.toString()), dir))
                .hasMessageStartingWith("SEGBOT_CONFIG: no such folder " + missing);
    }
}
