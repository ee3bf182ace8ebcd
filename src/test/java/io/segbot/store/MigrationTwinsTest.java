package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every H2 migration has its PostgreSQL twin under the same version and name, and the other way
 * round, so a PostgreSQL store is never a version behind (the schemas themselves are compared by
 * SchemaParityTest under -Ppostgres).
 */
class MigrationTwinsTest {
    @Test
    void every_h2_migration_has_a_postgresql_twin_of_the_same_version_and_name() throws IOException {
        Set<String> h2 = names(Path.of("db", "migrations"));
        Set<String> postgres = names(Path.of("db", "migrations-postgresql"));
        assertThat(h2).contains("V1__foundation.sql", "V7__processed_events.sql");
        assertThat(postgres)
                .as("db/migrations-postgresql must hold a twin of each file in db/migrations (IDENTITY for"
                        + " AUTO_INCREMENT, BYTEA for BLOB, TEXT for CLOB, COLLATE \"C\" on text; see its README)")
                .isEqualTo(h2);
    }

    @Test
    void the_highest_packed_migration_is_the_same_for_both_vendors() {
        assertThat(MigrationLevel.highestPacked(Vendor.POSTGRESQL)).isEqualTo(MigrationLevel.highestPacked(Vendor.H2));
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
