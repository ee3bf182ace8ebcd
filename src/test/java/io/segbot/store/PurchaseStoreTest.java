package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.analytics.PurchaseColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseStoreTest {
    @Test
    void keyed_reading_gives_the_same_order_keys_as_hashing_the_order_id_strings() {
        try (Database database = TestDatabases.fresh("purchases-" + UUID.randomUUID())) {
            long id = database.inTransaction(c -> {
                long dataset = new DatasetRepository(database).create(c, "d", "transactions", "f.csv", "0".repeat(64));
                try (PurchaseStore.Writer writer = new PurchaseStore.Writer(c, dataset)) {
                    writer.add("c1", "O-1", 19_000, 10.5);
                    writer.add("c1", "Øre-2", 19_001, 2.25); // non-ASCII: the key goes through the string
                    writer.add("Zoë", "O-1", 19_002, 1.0);
                }
                return dataset;
            });
            List<String> read = new ArrayList<>();
            List<String> customers = new ArrayList<>();
            new PurchaseStore(database).forEachKeyed(id, (customer, key, day, amount) -> {
                read.add(customer + "|" + key + "|" + day + "|" + amount);
                customers.add(customer);
            });
            assertThat(read)
                    .containsExactly(
                            "c1|" + PurchaseColumns.orderKey("O-1") + "|19000|10.5",
                            "c1|" + PurchaseColumns.orderKey("Øre-2") + "|19001|2.25",
                            "Zoë|" + PurchaseColumns.orderKey("O-1") + "|19002|1.0");
            assertThat(customers.get(1)).isSameAs(customers.get(0)); // one string per run of a customer
        }
    }

    @Test
    void keyed_reading_reads_blocks_written_before_format_versions() throws Exception {
        // version 1: no header; flag 1 + "c1", "o1", day 19000, 12.5; flag 0, "o2", day 19001, 7.25
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeUTF("c1");
            out.writeUTF("o1");
            out.writeInt(19_000);
            out.writeDouble(12.5);
            out.writeByte(0);
            out.writeUTF("o2");
            out.writeInt(19_001);
            out.writeDouble(7.25);
        }
        try (Database database = TestDatabases.fresh("purchases-" + UUID.randomUUID())) {
            long id = database.inTransaction(c -> {
                long dataset = new DatasetRepository(database).create(c, "d", "transactions", "f.csv", "1".repeat(64));
                try (var insert = c.prepareStatement(
                        "INSERT INTO purchase_block (dataset_id, block_no, row_count, data) VALUES (?, 0, 2, ?)")) {
                    insert.setLong(1, dataset);
                    insert.setBytes(2, bytes.toByteArray());
                    insert.executeUpdate();
                }
                return dataset;
            });
            List<String> read = new ArrayList<>();
            new PurchaseStore(database)
                    .forEachKeyed(id, (customer, key, day, amount) -> read.add(customer + "|" + key + "|" + day));
            assertThat(read)
                    .containsExactly(
                            "c1|" + PurchaseColumns.orderKey("o1") + "|19000",
                            "c1|" + PurchaseColumns.orderKey("o2") + "|19001");
        }
    }
}
