package io.segbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-suite fault trial: one kill -9 of a real segbot process during each of import, analyze,
 * MECE run + export and report (seeded moments), each followed by the checks and a successful run.
 * {@code segbot bench faults} runs the same trial with 8 kills per operation (README, "What segbot
 * survives").
 */
class FaultTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void kill_9_during_import_analyze_mece_export_and_report_leaves_nothing_partial() throws Exception {
        FaultTrial trial = new FaultTrial(work, FaultTrial.classpathOf(testClasspath()), 15, 3000);
        trial.prepare(2000);
        FaultTrial.Result result = trial.run(1);
        assertThat(result.problems()).isEmpty();
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(result.kills() + result.finishedFirst()).isEqualTo(4);
    }

    @Test
    void whole_csv_a_file_cut_mid_line_is_detected() throws IOException {
        Path whole = Files.writeString(work.resolve("whole.csv"), "a,b\n1,\"x,y\"\n");
        Path cut = Files.writeString(work.resolve("cut.csv"), "a,b\n1,2\n3");
        Path short_ = Files.writeString(work.resolve("short.csv"), "a,b\n1,2\n3\n");
        assertThat(FaultTrial.wholeCsv(whole)).isTrue();
        assertThat(FaultTrial.wholeCsv(cut)).isFalse();
        assertThat(FaultTrial.wholeCsv(short_)).isFalse();
    }

    @Test
    void fault_checks_find_a_partial_run_in_the_database() throws IOException {
        FaultTrial trial = new FaultTrial(work, FaultTrial.classpathOf(testClasspath()), 1, 1000);
        try (var database = io.segbot.store.Database.open(work.resolve("db/segbot"))) {
            database.inTransaction(c -> c.createStatement()
                    .executeUpdate("INSERT INTO dataset (name, kind, source_file, checksum, imported_at, rows_read,"
                            + " rows_imported, customers, exclusions) VALUES ('half', 'transactions', 'x.csv', '"
                            + "0".repeat(64) + "', CURRENT_TIMESTAMP, 0, 0, 0, '{}')"));
        }
        assertThat(trial.check("by hand")).containsExactly("by hand: a dataset without its dates");
    }

    /** Surefire passes the test JVM's real classpath in a property (its own is a manifest jar). */
    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
