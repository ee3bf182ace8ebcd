package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.namingrun.NamingRepository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code segbot name} on a real analysis run in a fresh file database, without a model. */
class NameCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            CommandLine cli = Main.commandLine();
            cli.setErr(new PrintWriter(err, true));
            List<String> withDb =
                    new ArrayList<>(List.of("--db", dir.resolve("db/segbot").toString()));
            withDb.addAll(List.of(args));
            int code = cli.execute(withDb.toArray(String[]::new));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err + stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @AfterEach
    void closeDatabase() {
        AppContext.close();
    }

    @Test
    void a_mece_run_is_named_with_each_segments_exact_rule() throws Exception {
        Path file = dir.resolve("abandoners.csv");
        assertThat(run(
                                "mece",
                                "generate",
                                "--users",
                                "3000",
                                "--seed",
                                "42",
                                "--as-of",
                                "2025-06-30",
                                "--out",
                                file.toString())
                        .code())
                .isZero();
        assertThat(run(
                                "mece",
                                "run",
                                file.toString(),
                                "--as-of",
                                "2025-06-30",
                                "--out",
                                dir.resolve("out").toString())
                        .code())
                .isZero();
        Run named = run("name", "--mece-run", "1", "--no-model", "--json");
        assertThat(named.code()).as(named.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(named.out());
        List<String> names = new ArrayList<>();
        for (JsonNode segment : json.get("segments")) {
            names.add(segment.get("chosen_name").asText());
            String rule = segment.get("rule").asText();
            assertThat(rule).matches("AOV_\\w+ & Engagement_\\w+ & Profitability_\\w+");
            assertThat(segment.get("proposals").findValuesAsText("rule")).containsOnly(rule);
        }
        assertThat(names).hasSize(12).doesNotHaveDuplicates();
        assertThat(new NamingRepository(AppContext.database()).latest("mece", 1))
                .isPresent();
        assertThat(run("name", "--mece-run", "9", "--no-model").err()).contains("no MECE run with id 9");
    }

    @Test
    void name_stores_every_vote_and_prints_the_documented_json() throws Exception {
        run("import", "transactions", "src/test/resources/ingest/good/orders.csv");
        assertThat(run("analyze", "--k", "2", "--seed", "3").code()).isZero();
        Run named = run("name", "--run", "1", "--no-model", "--json");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.err()).contains("language model: none (--no-model)");
        JsonNode json = Json.MAPPER.readTree(named.out());
        assertThat(json.get("run_id").asLong()).isEqualTo(1);
        assertThat(json.get("model").asText()).isEqualTo("none");
        List<String> names = new ArrayList<>();
        for (JsonNode segment : json.get("segments")) {
            names.add(segment.get("chosen_name").asText());
            assertThat(segment.get("method").asText()).isIn("jury", "rule_based");
            assertThat(segment.get("proposals")).hasSize(4);
            assertThat(segment.get("proposals").get(0).fieldNames())
                    .toIterable()
                    .containsExactly("persona", "segment_name", "rule", "valid", "reason");
        }
        assertThat(names).doesNotHaveDuplicates().hasSize(json.get("segments").size());
        JsonNode clusterZero = json.get("segments").findParents("segment").stream()
                .filter(s -> s.get("segment").asText().equals("cluster:0"))
                .findFirst()
                .orElseThrow();
        assertThat(clusterZero.get("rule").asText()).startsWith("k-means cluster 0: mean recency");
        assertThat(new NamingRepository(AppContext.database()).latest("analysis", 1))
                .isPresent();
    }

    @Test
    void the_table_shows_each_jurors_proposal_and_the_scores() {
        run("import", "transactions", "src/test/resources/ingest/good/orders.csv");
        run("analyze", "--k", "2", "--seed", "3");
        Run named = run("name", "--run", "1", "--no-model");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.out())
                .contains("Run 1 named (naming 1, model: none)")
                .contains("chosen name")
                .contains("creative_marketer", "growth_strategist", "data_scientist", "risk_manager")
                .contains("mece  clarity  structure  precision  memorable  total");
    }

    @Test
    void an_unknown_run_is_refused_with_the_fix() {
        Run named = run("name", "--run", "9", "--no-model");
        assertThat(named.code()).isEqualTo(1);
        assertThat(named.err()).contains("error: no run with id 9");
    }
}
