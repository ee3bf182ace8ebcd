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
}
