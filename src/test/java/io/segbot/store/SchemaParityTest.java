package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * H2 and PostgreSQL, each migrated from its own folder, end up with the same schema: the same
 * tables, columns (with types mapped through {@link #TYPES}, sizes and nullability), primary keys,
 * foreign keys (with their delete rule), unique constraints and named indexes. A PostgreSQL twin
 * that forgets a column, a key or a NOT NULL fails here, naming what differs.
 */
@Tag("postgres")
class SchemaParityTest {
    /** Each vendor's type name, as its JDBC driver reports it, to one shared name. */
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("BIGINT", "bigint"),
            Map.entry("int8", "bigint"),
            Map.entry("INTEGER", "int"),
            Map.entry("int4", "int"),
            Map.entry("CHARACTER VARYING", "varchar"),
            Map.entry("varchar", "varchar"),
            Map.entry("CHARACTER", "char"),
            Map.entry("bpchar", "char"),
            Map.entry("CHARACTER LARGE OBJECT", "text"),
            Map.entry("text", "text"),
            Map.entry("BINARY LARGE OBJECT", "bytes"),
            Map.entry("bytea", "bytes"),
            Map.entry("TIMESTAMP WITH TIME ZONE", "timestamptz"),
            Map.entry("timestamptz", "timestamptz"),
            Map.entry("DOUBLE PRECISION", "double"),
            Map.entry("float8", "double"),
            Map.entry("NUMERIC", "decimal"),
            Map.entry("DECIMAL", "decimal"),
            Map.entry("numeric", "decimal"),
            Map.entry("DATE", "date"),
            Map.entry("date", "date"),
            Map.entry("BOOLEAN", "boolean"),
            Map.entry("bool", "boolean"));

    private static Schema h2;
    private static Schema postgres;
    private static Map<String, String> postgresBlockStorage;

    @BeforeAll
    static void migrate_both() throws SQLException {
        try (Database database = Database.inMemory("parity-" + System.nanoTime())) {
            h2 = Schema.read(database, "PUBLIC");
        }
        try (Database database = EmbeddedPostgresServer.freshDatabase("parity")) {
            postgres = Schema.read(database, "public");
            postgresBlockStorage = database.inTransaction(c -> {
                Map<String, String> storage = new TreeMap<>();
                try (ResultSet rows = c.createStatement()
                        .executeQuery("SELECT c.relname, a.attstorage FROM pg_attribute a JOIN pg_class c"
                                + " ON c.oid = a.attrelid WHERE a.attname = 'data' AND c.relname LIKE '%_block'")) {
                    while (rows.next()) {
                        storage.put(rows.getString(1), rows.getString(2));
                    }
                }
                return storage;
            });
        }
    }

    @Test
    void both_have_the_same_tables() {
        assertThat(postgres.columns.keySet()).isEqualTo(h2.columns.keySet());
        assertThat(h2.columns.keySet()).contains("dataset", "bot_job", "processed_event", "report_schedule");
    }

    @Test
    void every_table_has_the_same_columns_types_sizes_and_nullability() {
        for (String table : h2.columns.keySet()) {
            assertThat(postgres.columns.get(table)).as(table).isEqualTo(h2.columns.get(table));
        }
        assertThat(h2.columns.get("purchase_block")).contains("data bytes not null");
        assertThat(h2.columns.get("dataset")).contains("id bigint not null", "name varchar(200) not null");
    }

    @Test
    void every_table_has_the_same_primary_key() {
        assertThat(postgres.primaryKeys).isEqualTo(h2.primaryKeys);
        assertThat(h2.primaryKeys).containsEntry("conversation_turn", "(conversation_key, turn_no)");
    }

    @Test
    void every_foreign_key_matches_with_its_delete_rule() {
        assertThat(postgres.foreignKeys).isEqualTo(h2.foreignKeys);
        assertThat(h2.foreignKeys).contains("purchase_block(dataset_id) -> dataset(id) on delete cascade");
    }

    @Test
    void unique_constraints_and_named_indexes_match() {
        assertThat(postgres.indexes).isEqualTo(h2.indexes);
        assertThat(h2.indexes).contains("unique dataset(name)", "index bot_job_state on bot_job(state)");
    }

    @Test
    void on_postgresql_every_block_column_is_stored_out_of_line_uncompressed() {
        assertThat(postgresBlockStorage)
                .isEqualTo(Map.of(
                        "cart_abandoner_block", "e",
                        "mece_assignment_block", "e",
                        "purchase_block", "e",
                        "run_customer_block", "e"));
    }

    /** One migrated schema, read through JDBC metadata and written in vendor-neutral words. */
    private static final class Schema {
        final Map<String, List<String>> columns = new TreeMap<>();
        final Map<String, String> primaryKeys = new TreeMap<>();
        final TreeSet<String> foreignKeys = new TreeSet<>();
        final TreeSet<String> indexes = new TreeSet<>();

        static Schema read(Database database, String schemaName) {
            return database.inTransaction(c -> {
                Schema schema = new Schema();
                DatabaseMetaData meta = c.getMetaData();
                for (String table : tables(meta, schemaName)) {
                    schema.readTable(c, meta, schemaName, table);
                }
                return schema;
            });
        }

        private static List<String> tables(DatabaseMetaData meta, String schemaName) throws SQLException {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, schemaName, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            return tables;
        }

        private void readTable(Connection c, DatabaseMetaData meta, String schemaName, String table)
                throws SQLException {
            String name = lower(table);
            List<String> cols = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, schemaName, table, "%")) {
                while (rows.next()) {
                    cols.add(lower(rows.getString("COLUMN_NAME")) + " " + type(rows)
                            + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
                }
            }
            cols.sort(null);
            columns.put(name, cols);
            TreeMap<Short, String> key = new TreeMap<>();
            try (ResultSet rows = meta.getPrimaryKeys(null, schemaName, table)) {
                while (rows.next()) {
                    key.put(rows.getShort("KEY_SEQ"), lower(rows.getString("COLUMN_NAME")));
                }
            }
            primaryKeys.put(name, "(" + String.join(", ", key.values()) + ")");
            readForeignKeys(meta, schemaName, table, name);
            readIndexes(meta, schemaName, table, name, key.values());
        }

        private void readForeignKeys(DatabaseMetaData meta, String schemaName, String table, String name)
                throws SQLException {
            Map<String, TreeMap<Short, String[]>> byKey = new TreeMap<>();
            Map<String, String> rules = new TreeMap<>();
            try (ResultSet rows = meta.getImportedKeys(null, schemaName, table)) {
                while (rows.next()) {
                    String id = lower(rows.getString("PKTABLE_NAME")) + "#" + rows.getString("FK_NAME");
                    byKey.computeIfAbsent(id, k -> new TreeMap<>()).put(rows.getShort("KEY_SEQ"), new String[] {
                        lower(rows.getString("FKCOLUMN_NAME")), lower(rows.getString("PKCOLUMN_NAME"))
                    });
                    rules.put(
                            id,
                            rows.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade
                                    ? " on delete cascade"
                                    : "");
                }
            }
            byKey.forEach((id, parts) -> foreignKeys.add(name + "("
                    + String.join(", ", parts.values().stream().map(p -> p[0]).toList()) + ") -> "
                    + id.substring(0, id.indexOf('#')) + "("
                    + String.join(", ", parts.values().stream().map(p -> p[1]).toList()) + ")" + rules.get(id)));
        }

        /**
         * Unique constraints by their columns (the vendors name them differently), plain indexes by
         * the name the migration gave them. H2's own indexes behind primary and foreign keys (which
         * PostgreSQL does not make) are left out.
         */
        private void readIndexes(
                DatabaseMetaData meta, String schemaName, String table, String name, java.util.Collection<String> pk)
                throws SQLException {
            Map<String, TreeMap<Short, String>> columnsByIndex = new TreeMap<>();
            Map<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rows = meta.getIndexInfo(null, schemaName, table, false, false)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    if (index == null) {
                        continue;
                    }
                    columnsByIndex
                            .computeIfAbsent(index, k -> new TreeMap<>())
                            .put(rows.getShort("ORDINAL_POSITION"), lower(rows.getString("COLUMN_NAME")));
                    unique.put(index, !rows.getBoolean("NON_UNIQUE"));
                }
            }
            String pkColumns = String.join(",", pk);
            columnsByIndex.forEach((index, cols) -> {
                String columnList = String.join(",", cols.values());
                if (unique.get(index)) {
                    if (!columnList.equals(pkColumns)) {
                        indexes.add("unique " + name + "(" + columnList + ")");
                    }
                } else if (!index.toUpperCase(Locale.ROOT).matches(".*(_INDEX_[0-9A-F]+|^CONSTRAINT_.*|^FK.*)")) {
                    indexes.add("index " + lower(index) + " on " + name + "(" + columnList + ")");
                }
            });
        }

        private static String type(ResultSet column) throws SQLException {
            String vendorType = column.getString("TYPE_NAME");
            String type = TYPES.get(vendorType);
            assertThat(type)
                    .as(
                            "column %s.%s has type %s, which SchemaParityTest.TYPES does not map",
                            column.getString("TABLE_NAME"), column.getString("COLUMN_NAME"), vendorType)
                    .isNotNull();
            return switch (type) {
                case "varchar", "char" -> type + "(" + column.getInt("COLUMN_SIZE") + ")";
                case "decimal" -> type + "(" + column.getInt("COLUMN_SIZE") + ", " + column.getInt("DECIMAL_DIGITS")
                        + ")";
                default -> type;
            };
        }

        private static String lower(String identifier) {
            return identifier.toLowerCase(Locale.ROOT);
        }
    }
}
