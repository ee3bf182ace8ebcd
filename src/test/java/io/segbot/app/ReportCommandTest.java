package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The report and schedules commands, in-process, registered as Main will register them. */
class ReportCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run run(String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = Main.commandLine();
            cli.addSubcommand(new ReportCommand());
            cli.addSubcommand(new SchedulesCommand());
            cli.setErr(new PrintWriter(err, true));
            String[] withDb = new String[args.length + 2];
            withDb[0] = "--db";
            withDb[1] = dir.resolve("db/segbot").toString();
            System.arraycopy(args, 0, withDb, 2, args.length);
            int code = cli.execute(withDb);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    @BeforeEach
    void analyse() {
        assertThat(run("import", "transactions", "src/test/resources/ingest/good/orders.csv")
                        .code())
                .isZero();
        assertThat(run("analyze", "--k", "2", "--seed", "3").code()).isZero();
    }

    @AfterEach
    void closeDatabase() {
        AppContext.close();
    }

    @Test
    void report_segments_writes_markdown_charts_and_csv_and_prints_the_text() throws Exception {
        Path out = dir.resolve("out");
        Run report = run("report", "segments", "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out())
                .startsWith("Segments report: run 1\n======================\n")
                .contains("Run 1 · dataset 'orders' · as of 2024-03-02 · 3 customers · $166 revenue")
                .contains("Wrote 6 files to " + out);
        assertThat(Files.readString(out.resolve("report.md"))).startsWith("# Segments report: run 1\n");
        assertThat(out.resolve("rfm-heatmap.png")).exists();
        assertThat(Files.readAllLines(out.resolve("customers.csv"))).hasSize(4); // header + 3 customers
    }

    @Test
    void json_lists_the_written_files_with_csv_row_counts() throws Exception {
        Run report = run(
                "report", "churn", "--run", "1", "--out", dir.resolve("churn").toString(), "--json");
        assertThat(report.code()).as(report.err()).isZero();
        JsonNode json = Json.MAPPER.readTree(report.out());
        assertThat(json.get("kind").asText()).isEqualTo("churn");
        JsonNode csv = json.get("files").get(json.get("files").size() - 1);
        assertThat(csv.get("path").asText()).endsWith("churn-high-risk.csv");
        assertThat(csv.get("rows").isNumber()).isTrue();
    }

    @Test
    void movement_on_the_first_run_and_an_unknown_kind_fail_with_one_clear_line() {
        Run movement = run("report", "movement", "--out", dir.resolve("m").toString());
        assertThat(movement.code()).isEqualTo(1);
        assertThat(movement.err()).startsWith("error: run 1 is the first run; movement needs an earlier run");
        Run unknown = run("report", "weekly", "--out", dir.resolve("w").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err())
                .startsWith("error: unknown report kind 'weekly'; choose one of: segments, churn, clv, mece, movement");
    }

    @Test
    void schedules_can_be_added_listed_run_once_and_removed() {
        Run added = run("schedules", "add", "every-minute", "segments", "--cron", "* * * * *", "--to", "console:team");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(run("schedules", "list").out())
                .contains("every-minute  segments  \"* * * * *\" UTC  to console:team");
        Run none = run(
                "schedules",
                "run",
                "--once",
                "--config",
                dir.resolve("none.yaml").toString(),
                "--out",
                dir.resolve("reports").toString());
        assertThat(none.out())
                .as("created this minute: first run is the next minute")
                .contains("nothing due");
        assertThat(run("schedules", "remove", "every-minute").out()).contains("removed every-minute");
        assertThat(run("schedules", "remove", "every-minute").err()).contains("no schedule named 'every-minute'");
    }
}
