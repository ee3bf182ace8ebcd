package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @Test
    void a_fresh_database_is_migrated_to_the_foundation_schema() {
        try (Database database = Database.inMemory("fresh-" + UUID.randomUUID())) {
            List<String> tables = database.inTransaction(c -> {
                List<String> names = new ArrayList<>();
                try (ResultSet rows = c.createStatement()
                        .executeQuery(
                                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' ORDER BY table_name")) {
                    while (rows.next()) {
                        names.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                return names;
            });
            assertThat(tables)
                    .contains(
                            "dataset",
                            "purchase_block",
                            "customer_input",
                            "analysis_run",
                            "run_segment",
                            "run_customer_block",
                            "flyway_schema_history");
            int applied = database.inTransaction(c -> {
                try (ResultSet rows = c.createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" = '1'")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(1);
        }
    }

    @Test
    void a_file_database_keeps_its_data_across_opens(@TempDir Path dir) {
        Path file = dir.resolve("nested/segbot");
        try (Database database = Database.open(file)) {
            database.inTransaction(
                    c -> new DatasetRepository(database).create(c, "kept", "transactions", "x.csv", "0".repeat(64)));
        }
        try (Database database = Database.open(file)) {
            assertThat(new DatasetRepository(database).findByName("kept")).isPresent();
        }
        assertThat(dir.resolve("nested/segbot.mv.db")).exists();
    }

    @Test
    void a_failed_transaction_leaves_nothing_behind() {
        try (Database database = TestDatabases.fresh("rollback-" + UUID.randomUUID())) {
            DatasetRepository datasets = new DatasetRepository(database);
            assertThatThrownBy(() -> database.inTransaction(c -> {
                        datasets.create(c, "half", "transactions", "x.csv", "1".repeat(64));
                        throw new IllegalStateException("crash mid-import");
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("crash mid-import");
            assertThat(datasets.list()).isEmpty();
        }
    }
}
