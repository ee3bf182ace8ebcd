package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code segbot serve} as a real process with no platform credentials in its environment. */
class ServeNoPlatformTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(150)
    void serve_without_credentials_names_the_variables_and_exits_with_code_2() throws Exception {
        SegbotProcess.Finished run = SegbotProcess.run(
                dir, Map.of(), 120, "--db", dir.resolve("db/segbot").toString(), "serve");

        assertThat(run.code()).isEqualTo(ServeCommand.NOTHING_TO_SERVE);
        assertThat(run.err())
                .startsWith("segbot serve: no chat platform is configured")
                .contains("Slack (Socket Mode): SLACK_BOT_TOKEN and SLACK_APP_TOKEN")
                .contains("Discord: DISCORD_TOKEN")
                .contains("--console")
                .contains("README.md, section \"Running the bot: segbot serve\"")
                .doesNotContain("Exception");
        assertThat(dir.resolve("db")).as("nothing opened before the check").doesNotExist();
    }

    @Test
    @Timeout(150)
    void in_http_mode_the_message_names_the_signing_secret_and_the_address() throws Exception {
        Path config = Files.createDirectory(dir.resolve("conf"));
        Files.writeString(config.resolve("segbot.yaml"), "platforms:\n  slack: {mode: http, port: 3100}\n");

        SegbotProcess.Finished run = SegbotProcess.run(
                dir,
                Map.of("SEGBOT_CONFIG", config.toString()),
                120,
                "--db",
                dir.resolve("db/s").toString(),
                "serve");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .contains("Slack (HTTP events on 127.0.0.1:3100): SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
    }
}
