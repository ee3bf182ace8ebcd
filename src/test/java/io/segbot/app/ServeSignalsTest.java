package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code segbot serve --console} as a real process running a real analysis job: SIGTERM during the
 * job, and kill -9 during the job followed by a new start.
 */
class ServeSignalsTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private Path db;
    private Path config;
    private Process serve;

    /**
     * 300,000 generated customers: an analysis that takes several seconds even on an idle machine, so
     * the job is still running after the 1.5 s the kill test waits for H2 to write its row (30,000
     * finished within that wait on an idle machine).
     */
    @BeforeAll
    @Timeout(400)
    static void one_dataset_for_every_test() {
        Path csv = shared.resolve("tx.csv");
        String database = shared.resolve("db/segbot").toString();
        inProcess(
                database, "generate", "transactions", "--customers", "300000", "--seed", "5", "--out", csv.toString());
        inProcess(database, "import", "transactions", csv.toString());
        AppContext.close();
    }

    @BeforeEach
    void a_copy_of_the_database_and_a_configuration_without_grace() throws IOException {
        db = dir.resolve("db/segbot");
        Files.createDirectories(db.getParent());
        Files.copy(shared.resolve("db/segbot.mv.db"), dir.resolve("db/segbot.mv.db"));
        config = Files.createDirectory(dir.resolve("conf"));
        // no grace: a running job is cancelled at once, so the test does not wait for it
        Files.writeString(config.resolve("segbot.yaml"), "jobs:\n  shutdown_deadline_seconds: 0\n");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor();
        }
        AppContext.close();
    }

    @Test
    @Timeout(240)
    void sigterm_during_a_job_records_it_cancelled_or_interrupted_and_exits_cleanly() throws Exception {
        serve = start("first");
        command(serve, "/run");
        long job = awaitRunningJob("first");

        serve.destroy(); // SIGTERM
        assertThat(serve.waitFor(90, TimeUnit.SECONDS)).as("serve stopped").isTrue();

        String err = Files.readString(dir.resolve("first.err"));
        assertThat(serve.exitValue())
                .as(err + Files.readString(dir.resolve("first.out")))
                .isZero();
        // the console's reader may notice the signal first and close: either way the stop is graceful
        assertThat(err).contains("SIGTERM: stopping").contains("stopped.");
        assertThat(query("SELECT state FROM bot_job WHERE id = " + job)).isIn("cancelled", "interrupted");
        assertThat(query("SELECT COUNT(*) FROM bot_job WHERE ended_at IS NULL")).isEqualTo("0");
        assertThat(query("SELECT COUNT(*) FROM bot_job_lock"))
                .as("the dataset is free again")
                .isEqualTo("0");
    }

    @Test
    @Timeout(240)
    void after_kill_9_during_a_job_the_next_start_marks_it_interrupted_and_says_so() throws Exception {
        serve = start("first");
        command(serve, "/run");
        long job = awaitRunningJob("first");
        // H2 writes committed changes to the file within about half a second (WRITE_DELAY): give
        // the running job's row time to reach the disk before pulling the plug
        Thread.sleep(1500);

        serve.destroyForcibly().waitFor(); // SIGKILL: no shutdown code runs
        assertThat(query("SELECT state FROM bot_job WHERE id = " + job)).isEqualTo("running");
        // The dead process's heartbeat stopped now; instead of waiting a minute for it to go
        // stale, date it back two minutes, as if the crash had been that long ago.
        execute("UPDATE bot_job SET heartbeat_at = DATEADD(MINUTE, -2, heartbeat_at) WHERE id = " + job);

        serve = start("second");
        awaitOutput("second.out", "scheduler: running");
        String state = "";
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!state.equals("interrupted") && System.nanoTime() < until) {
            Thread.sleep(500);
            state = query("SELECT state FROM bot_job WHERE id = " + job);
        }
        assertThat(state).isEqualTo("interrupted");
        awaitOutput("second.out", "was interrupted: the bot stopped while it ran");
        assertThat(query("SELECT COUNT(*) FROM bot_job_lock")).isEqualTo("0");
        command(serve, "/quit");
        assertThat(serve.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isZero();
    }

    private Process start(String name) throws IOException {
        return SegbotProcess.builder(
                        dir,
                        Map.of("SEGBOT_CONFIG", config.toString()),
                        "--db",
                        db.toString(),
                        "serve",
                        "--console",
                        "--no-model")
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile())
                .start();
    }

    private static void command(Process process, String line) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits until the job table shows a running job (read through serve's shared database server). */
    private long awaitRunningJob(String name) throws Exception {
        // serve must hold the database (and host its shared server) before this JVM reads it
        awaitOutput(name + ".out", "scheduler: running");
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < until) {
            assertThat(serve.isAlive())
                    .as("serve is up: " + Files.readString(dir.resolve(name + ".err")))
                    .isTrue();
            String id = query("SELECT COALESCE(MAX(id), 0) FROM bot_job WHERE state = 'running'");
            if (!id.equals("0")) {
                return Long.parseLong(id);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no job started; serve said: " + Files.readString(dir.resolve("first.out")));
    }

    private void awaitOutput(String file, String text) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(dir.resolve(file)).contains(text)) {
            assertThat(System.nanoTime())
                    .as(Files.readString(dir.resolve(file)))
                    .isLessThan(until);
            Thread.sleep(200);
        }
    }

    /** One value, read through the same mixed-mode URL segbot uses (the serving process's server while it runs). */
    private String query(String sql) throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /**
     * While a process is starting its shared server, H2 briefly reports the file as locked (the
     * lock file is written before the server's port): try again for a while, as segbot's own
     * command line would be started again by a person.
     */
    private Connection connect() throws Exception {
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";AUTO_SERVER=TRUE";
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(url, "sa", "");
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 || System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void inProcess(String database, String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        String[] withDb = new String[args.length + 2];
        withDb[0] = "--db";
        withDb[1] = database;
        System.arraycopy(args, 0, withDb, 2, args.length);
        assertThat(cli.execute(withDb)).as(err.toString()).isZero();
    }
}
