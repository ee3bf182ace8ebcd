package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLevelTest {
    @Test
    void the_highest_packed_migration_is_the_highest_file_in_db_migrations() throws Exception {
        int highest;
        try (Stream<Path> files = Files.list(Path.of("db", "migrations"))) {
            highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
        assertThat(MigrationLevel.highestPacked(Vendor.H2)).hasValue(highest);
    }

    @Test
    void a_migrated_database_is_current_and_a_new_one_is_not() {
        try (Database migrated = Database.inMemory("level-" + System.nanoTime())) {
            assertThat(MigrationLevel.current(migrated.dataSource(), Vendor.H2)).isTrue();
            assertThat(MigrationLevel.pendingBelowApplied(migrated.dataSource(), Vendor.H2))
                    .isFalse();
        }
        org.h2.jdbcx.JdbcConnectionPool empty =
                org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:mem:empty-" + System.nanoTime(), "sa", "");
        try {
            assertThat(MigrationLevel.current(empty, Vendor.H2)).isFalse();
        } finally {
            empty.dispose();
        }
    }

    @Test
    void opening_a_new_database_file_leaves_no_trace_file_of_a_failed_statement(@TempDir Path folder) {
        try (Database database = Database.open(folder.resolve("segbot"))) {
            assertThat(MigrationLevel.current(database.dataSource(), Vendor.H2)).isTrue();
        }
        assertThat(folder.resolve("segbot.mv.db")).exists();
        assertThat(folder.resolve("segbot.trace.db")).doesNotExist();
    }

    @Test
    void a_database_at_v12_without_v8_is_not_current_and_opening_it_applies_v8_out_of_order(@TempDir Path folder)
            throws Exception {
        // A file written by segbot before V8 existed: every migration but V8, as that segbot shipped them.
        Path older = Files.createDirectories(folder.resolve("older-migrations"));
        try (Stream<Path> files = Files.list(Path.of("db", "migrations"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V([1-7]|12)__.*\\.sql"))
                    .toList()) {
                Files.copy(file, older.resolve(file.getFileName()));
            }
        }
        Path path = folder.resolve("segbot");
        org.h2.jdbcx.JdbcConnectionPool pool =
                org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + path.toAbsolutePath(), "sa", "");
        try {
            org.flywaydb.core.Flyway.configure()
                    .dataSource(pool)
                    .locations("filesystem:" + older.toAbsolutePath())
                    .load()
                    .migrate();
            assertThat(MigrationLevel.current(pool, Vendor.H2)).isFalse();
            assertThat(MigrationLevel.pendingBelowApplied(pool, Vendor.H2)).isTrue();
        } finally {
            pool.dispose();
        }
        try (Database database = Database.open(path)) {
            assertThat(MigrationLevel.current(database.dataSource(), Vendor.H2)).isTrue();
            int cancelColumns = database.inTransaction(c -> {
                try (var rows = c.getMetaData().getColumns(null, null, "BOT_JOB", "CANCEL_REQUESTED")) {
                    return rows.next() ? 1 : 0;
                }
            });
            assertThat(cancelColumns).isEqualTo(1);
        }
    }
}
