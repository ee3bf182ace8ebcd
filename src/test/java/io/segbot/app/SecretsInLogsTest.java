package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Tokens set in the environment appear in no log line, even at debug level (--verbose). */
class SecretsInLogsTest {
    private static final Map<String, String> SECRETS = Map.of(
            "SLACK_BOT_TOKEN", "xoxb-4242-4242-secretbotvalue",
            "SLACK_APP_TOKEN", "xapp-1-A42-secretappvalue",
            "SLACK_SIGNING_SECRET", "signingsecret0123456789abcdef",
            "DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.discordsecretvalue0123456789",
            "SEGBOT_DB_PASSWORD", "dbpasswordsecretvalue");

    @TempDir
    Path dir;

    @Test
    @Timeout(150)
    void no_secret_reaches_the_debug_log() throws Exception {
        SegbotProcess.Finished run = SegbotProcess.run(
                dir, SECRETS, 120, "--verbose", "--db", dir.resolve("db/segbot").toString(), "datasets");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err())
                .as("debug logging is on and logs the configuration with its secrets masked")
                .contains("DEBUG")
                .contains("SLACK_BOT_TOKEN=set")
                .contains("DISCORD_TOKEN=set");
        for (String secret : SECRETS.values()) {
            assertThat(run.err() + run.out()).doesNotContain(secret);
        }
    }
}
