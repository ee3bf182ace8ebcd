package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command, given a bad input, reports it as one line on stderr (two for a command line that
 * does not parse: the error and a hint) with the documented exit code and no stack trace.
 */
class ErrorReportingTest {
    @TempDir
    Path dir;

    /** A command, its bad input, the exit code and a fragment the one line must contain. */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad(1, "CORRUPT", "is not a segbot database", "chat", "--no-model"),
                bad(1, "", "no run with id 999", "ask", "which segment is best?", "--run", "999", "--no-model"),
                bad(1, "UNDER_FILE", "cannot create the database folder", "demo"),
                bad(1, "CORRUPT", "is not a segbot database", "datasets"),
                bad(1, "", "no such file", "import", "transactions", "@/missing.csv"),
                bad(1, "", "this is a folder, not a file", "import", "transactions", "@/"),
                bad(1, "", "this is a character device", "import", "customers", "/dev/zero"),
                bad(
                        1,
                        "",
                        "missing_column.csv",
                        "import",
                        "customers",
                        "src/test/resources/ingest/bad/missing_column.csv"),
                bad(
                        2,
                        "",
                        "expected a date as YYYY-MM-DD",
                        "import",
                        "cart-abandoners",
                        "@/x.csv",
                        "--as-of",
                        "yesterday"),
                bad(1, "", "no dataset", "analyze", "--dataset", "nope"),
                bad(1, "", "--k must be 'auto' or a whole number", "analyze", "--k", "zero"),
                bad(1, "", "no run with id 99", "segments", "--run", "99"),
                bad(1, "", "no run with id 99", "customers", "--run", "99", "--segment", "Champions"),
                bad(
                        1,
                        "",
                        "no such file",
                        "clv",
                        "fit",
                        "--transactions",
                        "@/missing.txt",
                        "--calibration-end",
                        "1997-09-30"),
                bad(
                        2,
                        "",
                        "--holdout-end",
                        "clv",
                        "validate",
                        "--transactions",
                        "@/x",
                        "--calibration-end",
                        "1997-09-30"),
                bad(
                        1,
                        "",
                        "users must be",
                        "mece",
                        "generate",
                        "--users",
                        "-1",
                        "--seed",
                        "1",
                        "--as-of",
                        "2024-01-01",
                        "--out",
                        "@/m.csv"),
                bad(1, "", "no cart-abandoner dataset yet", "mece", "run", "--as-of", "2024-01-01"),
                bad(1, "", "no run with id 99", "name", "--run", "99", "--no-model"),
                bad(2, "", "Missing required argument (specify one of these): (--run=ID | --mece-run=ID)", "name"),
                bad(1, "", "no analysis run with id 99", "report", "segments", "--run", "99", "--out", "@/out"),
                bad(1, "", "no schedule named nope", "schedule", "remove", "nope"),
                bad(
                        1,
                        "",
                        "cron",
                        "schedule",
                        "add",
                        "weekly",
                        "--kind",
                        "segments",
                        "--cron",
                        "every monday",
                        "--channel",
                        "c"),
                bad(1, "", "missing.gguf does not exist", "model", "info", "--model", "@/missing.gguf"),
                bad(
                        1,
                        "",
                        "--customers",
                        "generate",
                        "transactions",
                        "--customers",
                        "0",
                        "--seed",
                        "1",
                        "--out",
                        "@/t.csv"),
                bad(1, "", "no data rows", "bench", "mece", "--users", "0"),
                bad(2, "", "Unmatched argument", "frobnicate"),
                bad(2, "", "Unknown options: '--kk'", "analyze", "--kk", "3"));
    }

    private static Arguments bad(int code, String database, String fragment, String... args) {
        return Arguments.of(String.join(" ", args), code, database, fragment, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void every_command_reports_bad_input_as_one_line_with_its_exit_code(
            String name, int code, String database, String fragment, String[] args) throws IOException {
        String[] inDir = Stream.of(args)
                .map(arg -> arg.startsWith("@/") ? dir.resolve(arg.substring(2)).toString() : arg)
                .toArray(String[]::new);
        Cli.Run run = Cli.run(database(database), inDir);
        assertThat(run.code()).as(run.err()).isEqualTo(code);
        assertThat(run.errLines()).as(run.err()).hasSize(code == 2 ? 2 : 1);
        assertThat(run.errLines().get(0))
                .startsWith("error: ")
                .contains(fragment)
                .doesNotContain("Error: ");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception:");
        if (code == 2) {
            assertThat(run.errLines().get(1)).startsWith("hint: ").contains("--help");
        }
    }

    @Test
    void an_unexpected_internal_error_is_one_line_pointing_at_verbose_with_exit_code_3() {
        ErrorReporter reporter = new ErrorReporter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setErr(new java.io.PrintWriter(err, true));
        int code = reporter.handleExecutionException(new NullPointerException("boom"), cli, null);
        assertThat(code).isEqualTo(3);
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .startsWith("error: internal error NullPointerException at ErrorReportingTest.java:")
                .endsWith("run the same command with --verbose for the stack trace");
    }

    @Test
    void verbose_adds_the_stack_trace() {
        Cli.Run run = Cli.run(dir.resolve("db/segbot"), "--verbose", "segments", "--run", "99");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines().get(0)).startsWith("error: ").contains("no run with id 99");
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void a_sql_error_is_one_line_without_the_statement() {
        java.sql.SQLException sql = new java.sql.SQLException(
                "Value too long for column \"NAME CHARACTER VARYING(200)\": \"'aaaa' (5000)\"; SQL statement:\n"
                        + "INSERT INTO dataset (name) VALUES (?) [22001-224]");
        assertThat(io.segbot.ErrorText.oneLine(new io.segbot.store.StoreException("database error", sql)))
                .isEqualTo("database error");
        assertThat(io.segbot.ErrorText.oneLine(sql))
                .isEqualTo(
                        "database error: Value too long for column \"NAME CHARACTER VARYING(200)\": \"'aaaa' (5000)\"");
    }

    private Path database(String kind) throws IOException {
        Path db = dir.resolve("db/segbot");
        switch (kind) {
            case "" -> {}
            case "CORRUPT" -> {
                Files.createDirectories(db.getParent());
                Files.writeString(
                        db.resolveSibling("segbot.mv.db"), "not a database\n".repeat(300), StandardCharsets.UTF_8);
            }
            case "UNDER_FILE" -> {
                Files.writeString(dir.resolve("plain-file"), "@/x");
                return dir.resolve("plain-file/db/segbot");
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return db;
    }
}
