package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage faults reported as one line with the fix (issue 15, "Storage" and "Data safety"). */
class StoreFailuresTest {
    @TempDir
    Path dir;

    @Test
    void newer_schema_a_database_migrated_by_a_newer_segbot_is_refused_naming_both_versions() throws IOException {
        Path file = dir.resolve("segbot");
        try (Database database = Database.open(file)) {
            database.inTransaction(c -> c.createStatement()
                    .executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\","
                            + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\","
                            + " \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql',"
                            + " 0, 'sa', 1, TRUE)"));
        }
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("this database was written by a newer segbot (schema 99, this one knows "
                        + newestMigration() + ")");
    }

    @Test
    void damaged_file_a_file_that_is_not_a_database_is_one_line_naming_it_and_the_fix() throws IOException {
        Files.writeString(dir.resolve("segbot.mv.db"), "not a database\n".repeat(300), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Database.open(dir.resolve("segbot")))
                .isInstanceOf(StoreException.class)
                .hasMessage(
                        dir.resolve("segbot.mv.db") + " is not a segbot database, or it is damaged or truncated"
                                + " (H2 cannot read it); restore it from a backup (see README, Backup) or point --db at a new file");
    }

    @Test
    void full_disk_the_message_says_the_disk_is_full_without_mvstore_text() {
        var full = new java.sql.SQLException(
                "General error",
                "HY000",
                50000,
                new IllegalStateException("Writing to channel failed", new IOException("No space left on device")));
        assertThat(OpenFailures.describe("the database", full))
                .isEqualTo("the disk holding the database is full: free some space and run the command again"
                        + " (the change that failed was not saved)");
    }

    @Test
    void value_too_long_a_database_error_is_one_line_with_the_column_and_no_statement() {
        var tooLong = new java.sql.SQLException(
                "Value too long for column \"NAME CHARACTER VARYING(200)\": \"'aaa' (5000)\"; SQL statement:\n"
                        + "INSERT INTO dataset VALUES (?) [22001-232]",
                "22001",
                22001);
        assertThat(OpenFailures.describe("the database", tooLong))
                .isEqualTo("a value is too long for the database (Value too long for column"
                        + " \"NAME CHARACTER VARYING(200)\": \"'aaa' (5000)\"); shorten it");
    }

    @Test
    void private_files_a_new_database_is_0600_in_a_0700_folder() throws IOException {
        org.assertj.core.api.Assumptions.assumeThat(io.segbot.AtomicFiles.privateMode())
                .isTrue();
        try (Database database = Database.open(dir.resolve("fresh/segbot"))) {
            assertThat(database.url()).contains("fresh");
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("fresh/segbot.mv.db"))))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve("fresh"))))
                .isEqualTo("rwx------");
    }

    static String newestMigration() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("db/migrations"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max()
                    .orElseThrow());
        }
    }
}
