package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.store.EmbeddedPostgresServer;
import io.segbot.store.StoreException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --db jdbc:postgresql://…}: real segbot processes import and analyse into one PostgreSQL
 * database and a third lists the result; the login comes from SEGBOT_DB_USER and
 * SEGBOT_DB_PASSWORD and the password never reaches a log, even at debug level.
 */
@Tag("postgres")
class PostgresStoreCommandLineTest {
    private static final String PASSWORD = "pgpasswordsecretvalue42";

    @TempDir
    Path dir;

    @Test
    @Timeout(240)
    void processes_share_one_postgresql_store_and_the_password_stays_out_of_the_log() throws Exception {
        String url = EmbeddedPostgresServer.createDatabase("cli");
        Map<String, String> env = Map.of("SEGBOT_DB_USER", "postgres", "SEGBOT_DB_PASSWORD", PASSWORD);
        String orders = Path.of("src/test/resources/ingest/good/orders.csv")
                .toAbsolutePath()
                .toString();

        SegbotProcess.Finished imported =
                SegbotProcess.run(dir, env, 120, "--verbose", "--db", url, "import", "transactions", orders, "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"rows_read\" : 7");
        assertThat(imported.err()).as("debug logging is on").contains("DEBUG");

        SegbotProcess.Finished listed =
                SegbotProcess.run(dir, Map.of("SEGBOT_DB", url, "SEGBOT_DB_USER", "postgres"), 120, "datasets");
        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("orders");

        for (SegbotProcess.Finished run : new SegbotProcess.Finished[] {imported, listed}) {
            assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        }
    }

    @Test
    @Timeout(240)
    void bench_store_imports_and_analyses_on_both_stores_and_prints_the_medians() throws Exception {
        String url = EmbeddedPostgresServer.createDatabase("bench");
        SegbotProcess.Finished bench = SegbotProcess.run(
                dir,
                Map.of(),
                200,
                "--db",
                url,
                "bench",
                "store",
                "--customers",
                "300",
                "--runs",
                "1",
                "--work-dir",
                dir.toString());
        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out())
                .contains("medians of 1 rounds, 300 customers")
                .containsPattern("\\nh2 +[0-9,]+ ")
                .containsPattern("\\npostgresql +[0-9,]+ ")
                .contains("pg / h2");
        try (io.segbot.store.Database database = io.segbot.store.Database.postgres(url, EmbeddedPostgresServer.LOGIN)) {
            assertThat(new io.segbot.store.DatasetRepository(database).list())
                    .as("the bench deletes its dataset")
                    .isEmpty();
        }
    }

    @Test
    void a_password_in_the_url_is_refused_with_the_variable_to_use() {
        assertThatThrownBy(() -> AppContext.open(
                        "jdbc:postgresql://127.0.0.1:5432/segbot?user=segbot&password=hunter2", Map.of()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("set SEGBOT_DB_PASSWORD")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void an_unreachable_server_is_one_sentence_naming_the_url_and_the_variables() {
        assertThatThrownBy(() -> AppContext.open(
                        "jdbc:postgresql://127.0.0.1:1/segbot",
                        Map.of("SEGBOT_DB_USER", "segbot", "SEGBOT_DB_PASSWORD", PASSWORD)))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/segbot as segbot")
                .hasMessageContaining("SEGBOT_DB_USER and SEGBOT_DB_PASSWORD")
                .hasMessageNotContaining(PASSWORD);
    }
}
