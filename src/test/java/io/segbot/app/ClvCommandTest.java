package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClvCommandTest {
    private static final Path SAMPLE = Path.of("../shared/data/cdnow/CDNOW_sample.txt");

    private record Run(int exitCode, String out, String err) {}

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void fit_json_carries_the_published_cdnow_estimates() throws Exception {
        assumeTrue(Files.exists(SAMPLE), "CDNOW data not found at " + SAMPLE.toAbsolutePath() + ": skipped");
        Run result = run(
                new ClvCommand(),
                "fit",
                "--transactions",
                SAMPLE.toString(),
                "--format",
                "cdnow",
                "--calibration-end",
                "1997-09-30",
                "--json");
        assertThat(result.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.at("/bgnbd/r").asDouble()).isCloseTo(0.2426, within(0.0002));
        assertThat(json.at("/bgnbd/alpha").asDouble()).isCloseTo(4.4136, within(0.002));
        assertThat(json.at("/bgnbd/log_likelihood").asDouble()).isCloseTo(-9582.43, within(0.05));
        assertThat(json.at("/gamma_gamma/gamma").asDouble()).isCloseTo(15.44, within(0.05));
        assertThat(json.at("/gamma_gamma/log_likelihood").asDouble()).isCloseTo(-4055.92, within(0.05));
        assertThat(json.get("customers").asInt()).isEqualTo(2357);
        assertThat(json.get("fit_ms").isIntegralNumber()).isTrue();
    }

    @Test
    void validate_prints_the_holdout_table_by_frequency() {
        assumeTrue(Files.exists(SAMPLE), "CDNOW data not found at " + SAMPLE.toAbsolutePath() + ": skipped");
        Run result = run(
                new ClvCommand(),
                "validate",
                "--transactions",
                SAMPLE.toString(),
                "--calibration-end",
                "1997-09-30",
                "--holdout-end",
                "1998-06-30");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("Holdout 1997-10-01 .. 1998-06-30 (273 days = 39.0 weeks), 2357 calibration customers")
                .containsPattern("7\\+\\s+64\\s+407")
                .containsPattern("total\\s+2357\\s+1882");
    }

    @Test
    void a_missing_file_is_a_plain_error_with_exit_code_1() {
        Run result =
                run(new ClvCommand(), "fit", "--transactions", "no/such/file.txt", "--calibration-end", "1997-09-30");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("cannot read no/such/file.txt");
    }

    @org.junit.jupiter.api.Test
    void auto_format_reads_a_csv_export_like_segbot_import_does() throws Exception {
        java.nio.file.Path orders = java.nio.file.Path.of("src/test/resources/ingest/good/orders.csv");
        org.assertj.core.api.Assertions.assertThat(ClvCommand.isCsv(orders)).isTrue();
        // the orders fixture: A1, A2, B1 and C1's two lines merged; the return and the zero row left out
        org.assertj.core.api.Assertions.assertThat(ClvCommand.readCsv(orders))
                .extracting(p -> p.customerId() + "/" + p.orderId() + "/" + p.amount())
                .containsExactly("1/A1/10.0", "1/A2/30.5", "2/B1/5.25", "3/C1/120.0");
    }
}
