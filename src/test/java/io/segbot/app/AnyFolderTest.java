package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line run from a folder without bot-config/ uses the configuration packed into the jar. */
class AnyFolderTest {
    @TempDir
    Path dir;

    @AfterEach
    void closeDatabase() {
        AppContext.close();
    }

    private void inProcess(String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    @Timeout(150)
    void name_works_outside_the_repository_with_the_packed_personas() throws Exception {
        String db = dir.resolve("db/segbot").toString();
        inProcess(
                "--db",
                db,
                "import",
                "transactions",
                Path.of("src/test/resources/ingest/good/orders.csv")
                        .toAbsolutePath()
                        .toString());
        inProcess("--db", db, "analyze", "--k", "2", "--seed", "3");
        AppContext.close();
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));

        SegbotProcess.Finished named =
                SegbotProcess.run(elsewhere, Map.of(), 120, "--db", db, "name", "--run", "1", "--no-model", "--json");

        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.err()).doesNotContain("personas.yaml");
        assertThat(named.out()).contains("\"run_id\" : 1").contains("creative_marketer");
        assertThat(elsewhere.resolve("bot-config")).doesNotExist();
    }

    @Test
    @Timeout(150)
    void a_config_folder_given_by_option_or_environment_is_used_and_a_bad_one_is_one_line() throws Exception {
        Path config = Files.createDirectory(dir.resolve("conf"));
        Files.writeString(config.resolve("segbot.yaml"), "chat:\n  memory_turns: ten\n");

        SegbotProcess.Finished byOption =
                SegbotProcess.run(dir, Map.of(), 120, "--config", config.toString(), "ask", "hello", "--no-model");
        SegbotProcess.Finished byEnv =
                SegbotProcess.run(dir, Map.of("SEGBOT_CONFIG", config.toString()), 120, "ask", "hi", "--no-model");

        for (SegbotProcess.Finished refused : new SegbotProcess.Finished[] {byOption, byEnv}) {
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err().strip())
                    .isEqualTo("error: " + config.resolve("segbot.yaml")
                            + ": chat.memory_turns is \"ten\"; allowed: a whole number within [1, 100]");
        }
    }
}
