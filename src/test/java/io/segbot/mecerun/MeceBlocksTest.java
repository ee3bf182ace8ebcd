package io.segbot.mecerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.mecerun.CartAbandonerStore.Row;
import io.segbot.mecerun.MeceRunRecords.Assignment;
import io.segbot.store.Database;
import io.segbot.store.Jdbc;
import io.segbot.store.StoreException;
import io.segbot.store.TestDatabases;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeceBlocksTest {
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    /** Row i: every optional field present when i is even, every one missing when i is odd. */
    private static Row row(int i) {
        boolean full = i % 2 == 0;
        return new Row(
                "user-" + i,
                JUNE_1.plusDays(i % 30),
                full ? JUNE_1.minusDays(i % 400) : null,
                full ? 10.5 + i : null,
                full ? i % 31 : null,
                full ? 1 + i % 9 : null,
                full ? (i % 100) / 100.0 : null,
                full ? -0.25 : null,
                full ? i % 4 == 0 : null,
                full ? (i % 4 == 0 ? "treatment" : "control") : null);
    }

    private static long dataset(Database database, String name) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO dataset (name, kind, source_file, checksum,"
                            + " imported_at, rows_read, rows_imported, customers, exclusions)"
                            + " VALUES (?, 'cart_abandoners', 'x.csv', ?, CURRENT_TIMESTAMP, 0, 0, 0, '{}')",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, name);
                s.setString(2, "0".repeat(64));
                return Jdbc.insertReturningId(s);
            }
        });
    }

    @Test
    void ten_thousand_cart_abandoners_read_back_in_file_order_with_missing_values_kept() {
        try (Database database = TestDatabases.fresh("cart-blocks-" + UUID.randomUUID())) {
            long id = dataset(database, "carts");
            List<Row> written = new ArrayList<>();
            database.inTransaction(c -> {
                try (CartAbandonerStore.Writer writer = new CartAbandonerStore.Writer(c, id)) {
                    for (int i = 0; i < 10_000; i++) {
                        written.add(row(i));
                        writer.add(row(i));
                    }
                }
                return null;
            });

            List<Row> read = new ArrayList<>();
            new CartAbandonerStore(database).forEach(id, read::add);

            assertThat(read).containsExactlyElementsOf(written);
            assertThat(read.get(1).avgOrderValue()).isNull();
            assertThat(read.get(4).converted()).isTrue();
            // 10,000 rows in blocks of 4,096: three blocks, and no row in the old one-row-per-user table
            assertThat(count(database, "SELECT COUNT(*) FROM cart_abandoner_block"))
                    .isEqualTo(3);
            assertThat(count(database, "SELECT COUNT(*) FROM cart_abandoner")).isZero();
        }
    }

    @Test
    void a_dataset_imported_before_blocks_still_reads_from_its_rows() {
        try (Database database = TestDatabases.fresh("cart-rows-" + UUID.randomUUID())) {
            long id = dataset(database, "old carts");
            database.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO cart_abandoner (dataset_id, row_no,"
                                + " user_id, cart_abandoned_date, avg_order_value, campaign_group) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < 2; i++) {
                        s.setLong(1, id);
                        s.setInt(2, i);
                        s.setString(3, "old-" + i);
                        s.setObject(4, JUNE_1);
                        s.setDouble(5, 20 + i);
                        s.setString(6, "control");
                        s.executeUpdate();
                    }
                }
                return null;
            });

            List<Row> read = new ArrayList<>();
            new CartAbandonerStore(database).forEach(id, read::add);

            assertThat(read)
                    .containsExactly(
                            new Row("old-0", JUNE_1, null, 20.0, null, null, null, null, null, "control"),
                            new Row("old-1", JUNE_1, null, 21.0, null, null, null, null, null, "control"));
        }
    }

    @Test
    void assignments_in_blocks_read_by_user_id_and_by_segment() {
        try (Database database = TestDatabases.fresh("assign-blocks-" + UUID.randomUUID())) {
            MeceRunRepository runs = new MeceRunRepository(database);
            // 9,000 users stored in reverse id order: u8999 … u0000; every third one unassigned
            MeceRunRecords.AssignmentSource source = new MeceRunRecords.AssignmentSource() {
                @Override
                public int size() {
                    return 9_000;
                }

                @Override
                public String userId(int index) {
                    return String.format("u%04d", 8_999 - index);
                }

                @Override
                public String bucketCombo(int index) {
                    return index % 3 == 2 ? null : (index % 3 == 0 ? "High|Low" : "Low|Low");
                }

                @Override
                public String finalSegment(int index) {
                    return index % 3 == 2 ? null : (index % 3 == 0 ? "Hot" : "Cold");
                }
            };
            long id = runs.save(MeceRunRepositoryTest.RUN, List.of(), List.of(), source);

            List<Assignment> all = new ArrayList<>();
            runs.forEachAssignment(id, null, all::add);
            List<Assignment> hot = new ArrayList<>();
            runs.forEachAssignment(id, "Hot", hot::add);

            assertThat(all).hasSize(9_000);
            // u0000 was stored last, as index 8,999 (2 mod 3): unassigned; u0001 is index 8,998 (1 mod 3):
            // Cold; u0002 is index 8,997 (0 mod 3): Hot
            assertThat(all.subList(0, 3))
                    .containsExactly(
                            new Assignment("u0000", null, null),
                            new Assignment("u0001", "Low|Low", "Cold"),
                            new Assignment("u0002", "High|Low", "Hot"));
            assertThat(all.get(8_999).userId()).isEqualTo("u8999");
            assertThat(hot).hasSize(3_000).allMatch(a -> a.finalSegment().equals("Hot"));
            assertThat(hot).isSortedAccordingTo(java.util.Comparator.comparing(Assignment::userId));
            assertThat(count(database, "SELECT COUNT(*) FROM mece_assignment_block"))
                    .isEqualTo(3);
        }
    }

    @Test
    void a_run_stored_before_blocks_still_reads_its_assignment_rows() {
        try (Database database = TestDatabases.fresh("assign-rows-" + UUID.randomUUID())) {
            MeceRunRepository runs = new MeceRunRepository(database);
            long id = runs.save(
                    MeceRunRepositoryTest.RUN, List.of(), List.of(), MeceRunRepositoryTest.assignments(0, -1));
            database.inTransaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO mece_assignment (run_id, user_id,"
                        + " bucket_combo, final_segment) VALUES (?, ?, 'High', 'High')")) {
                    for (String user : List.of("b", "a")) {
                        s.setLong(1, id);
                        s.setString(2, user);
                        s.executeUpdate();
                    }
                }
                return null;
            });

            List<Assignment> read = new ArrayList<>();
            runs.forEachAssignment(id, "High", read::add);

            assertThat(read).containsExactly(new Assignment("a", "High", "High"), new Assignment("b", "High", "High"));
        }
    }

    @Test
    void a_cart_block_from_a_newer_segbot_is_refused_in_words() {
        byte[] block = CartBlocks.encode(List.of(row(0)));
        block[1] = 9;
        assertThatThrownBy(() -> CartBlocks.decode(1, block, r -> {}))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cart abandoners has format version 9, this segbot reads versions 1 to 2");
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(c -> {
            try (var s = c.createStatement();
                    var rows = s.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
