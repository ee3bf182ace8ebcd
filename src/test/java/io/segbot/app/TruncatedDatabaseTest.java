package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "Data safety": a database file cut short opens in its last complete state, silently
 * losing the newest runs (H2 reads its last whole chunk). segbot records its identity counters
 * beside the file when it closes it and warns, once, when the file is older than that.
 */
class TruncatedDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void a_truncated_database_that_lost_its_newest_run_is_named_with_a_warning_once() throws IOException {
        Path db = dir.resolve("data/segbot");
        Path file = dir.resolve("data/segbot.mv.db");
        Path orders = dir.resolve("orders.csv");
        assertThat(Cli.run(db, "generate", "transactions", "--customers", "300", "--seed", "3", "--out", "" + orders)
                        .code())
                .isZero();
        assertThat(Cli.run(db, "import", "transactions", orders.toString()).code())
                .isZero();
        assertThat(Cli.run(db, "analyze").code()).isZero();
        long afterFirstRun = Files.size(file);
        Path copy = Files.copy(file, dir.resolve("copy.mv.db"));
        Cli.Run second = Cli.run(db, "analyze", "--seed", "5");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.systemErr()).doesNotContain("warning");
        assertThat(Files.size(file)).isGreaterThan(afterFirstRun);

        // Cut the real file back to the length it had after the first run, as a failed copy would.
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(afterFirstRun);
        }
        Cli.Run datasets = Cli.run(db, "datasets");
        assertThat(datasets.code()).as(datasets.err()).isZero();
        assertThat(datasets.out()).doesNotContain("  2  "); // H2 silently rolled back to run 1
        assertThat(datasets.systemErrLines())
                .singleElement()
                .asString()
                .startsWith("warning: " + file + " is older than segbot last left it (analysis run ids up to 2 were"
                        + " written, the file now ends at 1)")
                .contains("restore a backup")
                .endsWith("this warning is shown once");
        assertThat(Cli.run(db, "datasets").systemErr()).isEmpty();

        // A file put in place of the old one (a restored backup, a new database) is no rollback.
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Cli.run(db, "datasets").systemErr()).isEmpty();
    }

    @Test
    void a_database_closed_normally_gives_no_warning_and_records_its_counters_beside_it() throws IOException {
        Path db = dir.resolve("data/segbot");
        assertThat(Cli.run(db, "import", "transactions", "src/test/resources/ingest/good/orders.csv")
                        .code())
                .isZero();
        Cli.Run datasets = Cli.run(db, "datasets");
        assertThat(datasets.systemErr()).isEmpty();
        assertThat(Files.readString(dir.resolve("data/segbot.state")))
                .contains("DATASET=2")
                .contains("ANALYSIS_RUN=1");
    }
}
