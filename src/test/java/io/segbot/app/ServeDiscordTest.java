package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.platform.discord.loopback.LoopbackDiscord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segbot serve} as a real process with {@code DISCORD_TOKEN} set and Discord's URLs pointed at
 * a loopback Discord: it connects, registers {@code /segbot} globally (no guild id configured), says
 * so in its status line, and never shows the token.
 */
class ServeDiscordTest {
    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.serve-discord-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    @Timeout(180)
    void serve_starts_discord_when_its_token_is_set_and_stops_on_sigterm() throws Exception {
        try (LoopbackDiscord discord = new LoopbackDiscord()) {
            Path out = dir.resolve("serve.out");
            Path err = dir.resolve("serve.err");
            Process serve = SegbotProcess.builder(
                            dir,
                            Map.of(
                                    "DISCORD_TOKEN", TOKEN,
                                    "DISCORD_API_URL", discord.restUrl(),
                                    "DISCORD_GATEWAY_URL", discord.gatewayUrl()),
                            "--verbose",
                            "--db",
                            dir.resolve("db/segbot").toString(),
                            "serve",
                            "--no-model")
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            try {
                awaitOutput(out, err, "scheduler: running", Duration.ofSeconds(120));
                String status = Files.readString(out, StandardCharsets.UTF_8);
                assertThat(status).contains("discord: connected as @segbot, /segbot registered globally");
                assertThat(discord.calls(c -> c.is("PUT", "applications/" + LoopbackDiscord.BOT_ID + "/commands")))
                        .hasSize(1);

                serve.destroy(); // SIGTERM
                assertThat(serve.waitFor(90, TimeUnit.SECONDS)).isTrue();
                assertThat(serve.exitValue()).isZero();
                String everything =
                        Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
                assertThat(everything).contains("stopped.").doesNotContain(TOKEN);
            } finally {
                serve.destroyForcibly().waitFor();
            }
        }
    }

    private static void awaitOutput(Path out, Path err, String text, Duration timeout)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Files.exists(out)
                    && Files.readString(out, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("serve did not print '" + text + "' within " + timeout + "; stderr: "
                + (Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : ""));
    }
}
