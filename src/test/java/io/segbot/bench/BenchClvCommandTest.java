package io.segbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code segbot bench clv} on simulated customers: its report's shape (figures are machine-dependent). */
class BenchClvCommandTest {
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
    void bench_reports_whole_milliseconds_and_ratios_to_the_bars() {
        Run result =
                run(new BenchClvCommand(), "--customers", "20000", "--large-runs", "1", "--runs", "3", "--warmup", "2");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out())
                .containsPattern(
                        "Simulated 20000 customers .*: fit \\d+ ms \\(median of 1 runs; bar 20000 ms, \\d\\.\\d\\d of bar\\), converged")
                .containsPattern("Summary builder: \\d+ purchases of 20000 customers in \\d+ ms");
    }
}
