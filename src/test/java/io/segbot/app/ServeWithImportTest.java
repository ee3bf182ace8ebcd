package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: the command line keeps working while the bot runs. Two real processes on one H2 file:
 * {@code segbot serve --console} holds the database (and serves it, AUTO_SERVER), {@code segbot
 * import} runs from another process, and serve's own console then lists the imported dataset.
 */
class ServeWithImportTest {
    @TempDir
    Path dir;

    private Process serve;

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor();
        }
    }

    @Test
    @Timeout(300)
    void an_import_from_the_command_line_lands_while_serve_runs_and_serve_sees_it() throws Exception {
        String db = dir.resolve("db/segbot").toString();
        Path config = Files.createDirectory(dir.resolve("conf"));
        String orders = Path.of("src/test/resources/ingest/good/orders.csv")
                .toAbsolutePath()
                .toString();
        serve = SegbotProcess.builder(
                        dir, Map.of("SEGBOT_CONFIG", config.toString()), "--db", db, "serve", "--console", "--no-model")
                .redirectOutput(dir.resolve("serve.out").toFile())
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
        awaitOutput("scheduler: running");
        type("/datasets");
        awaitOutput("No dataset is imported yet");

        SegbotProcess.Finished imported = SegbotProcess.run(
                dir,
                Map.of("SEGBOT_CONFIG", config.toString()),
                180,
                "--db",
                db,
                "import",
                "transactions",
                orders,
                "--dataset",
                "while-serving",
                "--json");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"rows_read\" : 7");
        assertThat(serve.isAlive()).as("serve kept running").isTrue();
        type("/datasets");
        awaitOutput("while-serving");
        type("/quit");
        assertThat(serve.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue())
                .as(Files.readString(dir.resolve("serve.err")))
                .isZero();
    }

    private void type(String line) throws Exception {
        OutputStream in = serve.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private void awaitOutput(String text) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!Files.readString(dir.resolve("serve.out")).contains(text)) {
            assertThat(serve.isAlive())
                    .as("serve is up: " + Files.readString(dir.resolve("serve.err")))
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("waiting for '" + text + "' from serve: " + Files.readString(dir.resolve("serve.out")))
                    .isLessThan(until);
            Thread.sleep(200);
        }
    }
}
