package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, "Storage": a database whose file or folder is not writable opens read-only. Questions
 * are answered (conversation memory is skipped, said once), a command that writes gets one line,
 * and a new database in a read-only folder is refused in one line, never H2's stack trace and
 * "cannot be migrated". Read-only here means no write bit at all, which segbot honours even as root.
 */
class ReadOnlyDatabaseTest {
    @TempDir
    Path dir;

    Path folder;
    Path db;

    @BeforeEach
    void analysedDatabase() {
        folder = dir.resolve("data");
        db = folder.resolve("segbot");
        Path orders = dir.resolve("orders.csv");
        Cli.Run generate = Cli.run(
                db, "generate", "transactions", "--customers", "300", "--seed", "3", "--out", orders.toString());
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(Cli.run(db, "import", "transactions", orders.toString()).code())
                .isZero();
        assertThat(Cli.run(db, "analyze").code()).isZero();
    }

    @AfterEach
    void writableAgain() throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(folder.resolve("segbot.mv.db"), PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void ask_on_a_read_only_database_answers_and_says_once_that_it_is_not_remembered() throws IOException {
        readOnly();
        Cli.Run ask = Cli.run(db, "ask", "how many customers?", "--no-model");
        assertThat(ask.code()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("Customers: 300.");
        assertThat(ask.systemErrLines())
                .filteredOn(line -> line.contains("read-only"))
                .containsExactly("note: the database is read-only, so this question is answered but not remembered"
                        + " for follow-up questions");
        Cli.Run again = Cli.run(db, "ask", "what's our churn risk?", "--no-model");
        assertThat(again.code()).as(again.err()).isZero();
    }

    @Test
    void a_command_that_writes_to_a_read_only_database_gets_one_line_with_the_fix() throws IOException {
        readOnly();
        Cli.Run analyze = Cli.run(db, "analyze", "--seed", "5");
        assertThat(analyze.code()).isEqualTo(1);
        assertThat(analyze.errLines())
                .containsExactly("error: " + folder.resolve("segbot.mv.db")
                        + " is read-only (the file or its folder is not writable): this command needs to write;"
                        + " make it writable, or copy it somewhere writable");
    }

    @Test
    void a_read_only_folder_alone_opens_the_database_read_only() throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        Cli.Run segments = Cli.run(db, "segments");
        assertThat(segments.code()).as(segments.err()).isZero();
        assertThat(segments.out()).contains("300");
        assertThat(Cli.run(db, "analyze", "--seed", "5").err()).contains("is read-only");
    }

    @Test
    void a_new_database_in_a_read_only_folder_is_refused_in_one_line() throws IOException {
        readOnly();
        Path fresh = folder.resolve("other");
        Cli.Run datasets = Cli.run(fresh, "datasets");
        assertThat(datasets.code()).isEqualTo(1);
        assertThat(datasets.errLines())
                .containsExactly("error: cannot create the database " + fresh + ".mv.db: its folder " + folder
                        + " is not writable; make the folder writable, or point --db at a file in a writable folder");
    }

    private void readOnly() throws IOException {
        Files.setPosixFilePermissions(folder.resolve("segbot.mv.db"), PosixFilePermissions.fromString("r--------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
    }
}
