package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the real command line in-process against a fresh file database. */
class MainTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] withDb = new String[args.length + 2];
            withDb[0] = "--db";
            withDb[1] = dir.resolve("db/segbot").toString();
            System.arraycopy(args, 0, withDb, 2, args.length);
            CommandLine cli = Main.commandLine(withDb);
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(withDb);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    @AfterEach
    void closeDatabase() {
        AppContext.close();
    }

    @Test
    void help_lists_every_command_with_a_description() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        for (String command :
                new String[] {"demo", "import", "datasets", "analyze", "segments", "customers", "generate", "bench"}) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + command + "\\s+\\S");
        }
        assertThat(run("analyze", "--help").out()).contains("R5/F4-5 Champions").contains("--as-of");
    }

    @Test
    void a_named_command_builds_only_itself_and_help_or_a_typo_builds_every_command() {
        assertThat(Main.commandLine(new String[] {"--db", "x", "--verbose", "ask", "revenue?"})
                        .getSubcommands()
                        .keySet())
                .containsExactly("ask");
        assertThat(Main.commandLine(new String[] {"help", "ask"}).getSubcommands())
                .containsKeys("ask", "serve", "help")
                .hasSize(19);
        assertThat(Main.commandLine(new String[] {"aks", "revenue?"}).getSubcommands())
                .hasSize(19);
        assertThat(run("help", "ask").out()).contains("--conversation");
        assertThat(run("aks", "revenue?").code()).isEqualTo(2);
    }

    @Test
    void import_then_analyze_prints_the_run_as_json() throws Exception {
        Run imported = run("import", "transactions", "src/test/resources/ingest/good/orders.csv", "--json");
        assertThat(imported.code()).isZero();
        JsonNode summary = Json.MAPPER.readTree(imported.out());
        assertThat(summary.get("rows_read").asInt()).isEqualTo(7);
        assertThat(summary.get("excluded").get("zero amount").asInt()).isEqualTo(1);
        Run analysed = run("analyze", "--k", "2", "--seed", "3", "--json");
        assertThat(analysed.code()).as(analysed.err()).isZero();
        JsonNode runJson = Json.MAPPER.readTree(analysed.out());
        assertThat(runJson.get("run_id").asLong()).isEqualTo(1);
        assertThat(runJson.get("dataset").asText()).isEqualTo("orders");
        assertThat(runJson.get("as_of").asText()).isEqualTo("2024-03-02");
        assertThat(runJson.get("customers").asInt()).isEqualTo(3);
        assertThat(runJson.get("revenue").asDouble()).isEqualTo(165.75);
        assertThat(runJson.get("clusters").get("k").asInt()).isEqualTo(2);
        JsonNode cluster = runJson.get("clusters").get("segments").get(0);
        for (String key : new String[] {
            "id", "label", "customers", "revenue", "avg_recency_days", "avg_frequency", "avg_monetary", "avg_clv"
        }) {
            assertThat(cluster.has(key)).as(key).isTrue();
        }
        assertThat(runJson.get("rfm_segments").get(0).has("name")).isTrue();
        Run again = run("segments", "--run", "1");
        assertThat(again.out()).contains("RFM segments").contains("k-means clusters (k = 2");
    }

    @Test
    void a_bad_file_fails_with_one_clear_line_and_exit_code_1() {
        Run failed = run("import", "transactions", "src/test/resources/ingest/bad/bad_date.csv");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err())
                .startsWith("error: bad_date.csv line 3, column 'order_date'")
                .doesNotContain("Exception");
    }

    @Test
    void a_bad_k_is_refused_with_the_reason() {
        run("import", "transactions", "src/test/resources/ingest/good/orders.csv");
        Run failed = run("analyze", "--k", "zero");
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("--k must be 'auto' or a whole number of at least 1, got 'zero'");
    }
}
