package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.analytics.PurchaseColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseStoreTest {
    @Test
    void numbered_reading_gives_the_same_order_keys_as_hashing_the_order_id_strings() {
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
            new PurchaseStore(database)
                    .forEachNumbered(
                            id,
                            (index, customer) -> customers.add(index + "=" + customer),
                            (customer, key, day, amount) -> read.add(customer + "|" + key + "|" + day + "|" + amount));
            assertThat(customers).containsExactly("0=c1", "1=Zoë");
            assertThat(read)
                    .containsExactly(
                            "0|" + PurchaseColumns.orderKey("O-1") + "|19000|10.5",
                            "0|" + PurchaseColumns.orderKey("Øre-2") + "|19001|2.25",
                            "1|" + PurchaseColumns.orderKey("O-1") + "|19002|1.0");
        }
    }

    @Test
    void numbered_reading_numbers_the_customers_of_blocks_written_before_format_versions() throws Exception {
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
            List<String> customers = new ArrayList<>();
            new PurchaseStore(database)
                    .forEachNumbered(
                            id,
                            (index, customer) -> customers.add(index + "=" + customer),
                            (customer, key, day, amount) -> read.add(customer + "|" + key + "|" + day));
            assertThat(customers).containsExactly("0=c1");
            assertThat(read)
                    .containsExactly(
                            "0|" + PurchaseColumns.orderKey("o1") + "|19000",
                            "0|" + PurchaseColumns.orderKey("o2") + "|19001");
        }
    }

    @Test
    void a_customer_met_again_in_a_later_block_keeps_its_number_and_its_id() {
        int rows = PurchaseStore.BLOCK_ROWS + 10;
        try (Database database = TestDatabases.fresh("purchases-" + UUID.randomUUID())) {
            long id = database.inTransaction(c -> {
                long dataset = new DatasetRepository(database).create(c, "d", "transactions", "f.csv", "2".repeat(64));
                try (PurchaseStore.Writer writer = new PurchaseStore.Writer(c, dataset)) {
                    // customer 0 ("A") first and last, customer i + 1 ("C<i>") in between, once each
                    writer.add("A", 0, "first", 19_000, 1.0);
                    for (int i = 0; i < rows - 2; i++) {
                        writer.add("C" + i, i + 1, "O" + i, 19_001, 2.0);
                    }
                    writer.add("A", 0, "last", 19_002, 3.0);
                }
                return dataset;
            });
            List<String> firstAndLast = new ArrayList<>();
            new PurchaseStore(database).forEach(id, (customer, order, day, amount) -> {
                if (customer.equals("A") || order.equals("O0")) {
                    firstAndLast.add(customer + " " + order + " " + day);
                }
            });
            List<Integer> numbers = new ArrayList<>();
            new PurchaseStore(database).forEachNumbered(id, (index, customer) -> {}, (customer, key, day, amount) -> {
                numbers.add(customer);
            });

            assertThat(firstAndLast).containsExactly("A first 19000", "C0 O0 19001", "A last 19002");
            assertThat(numbers).hasSize(rows);
            assertThat(numbers.get(rows - 1)).isZero();
            assertThat(numbers.get(rows - 2)).isEqualTo(rows - 2);
        }
    }

    @Test
    void a_customer_numbered_out_of_order_or_numbered_two_ways_is_refused() {
        try (Database database = TestDatabases.fresh("purchases-" + UUID.randomUUID())) {
            database.inTransaction(c -> {
                long dataset = new DatasetRepository(database).create(c, "d", "transactions", "f.csv", "3".repeat(64));
                try (PurchaseStore.Writer writer = new PurchaseStore.Writer(c, dataset)) {
                    writer.add("c0", 0, "o1", 19_000, 1.0);
                    assertThatThrownBy(() -> writer.add("c5", 5, "o2", 19_000, 1.0))
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessage("customer 'c5' has number 5, but 1 customers are numbered so far:"
                                    + " a new one is number 1");
                    assertThatThrownBy(() -> writer.add("c1", "o3", 19_000, 1.0))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage("this writer's customers are numbered by its caller");
                }
                return null;
            });
        }
    }

    @Test
    void version_two_blocks_number_a_customer_named_again_in_a_later_block_once() throws Exception {
        // two version-2 blocks, each naming its first customer: c1, c2 | c1
        byte[] first = versionTwoBlock("c1", "o1", "c2", "o2");
        byte[] second = versionTwoBlock("c1", "o3");
        try (Database database = TestDatabases.fresh("purchases-" + UUID.randomUUID())) {
            long id = database.inTransaction(c -> {
                long dataset = new DatasetRepository(database).create(c, "d", "transactions", "f.csv", "4".repeat(64));
                try (var insert = c.prepareStatement(
                        "INSERT INTO purchase_block (dataset_id, block_no, row_count, data) VALUES (?, ?, ?, ?)")) {
                    insert.setLong(1, dataset);
                    insert.setInt(2, 0);
                    insert.setInt(3, 2);
                    insert.setBytes(4, first);
                    insert.executeUpdate();
                    insert.setInt(2, 1);
                    insert.setInt(3, 1);
                    insert.setBytes(4, second);
                    insert.executeUpdate();
                }
                return dataset;
            });
            List<String> customers = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            new PurchaseStore(database)
                    .forEachNumbered(
                            id,
                            (index, customer) -> customers.add(index + "=" + customer),
                            (customer, key, day, amount) -> numbers.add(customer));
            assertThat(customers).containsExactly("0=c1", "1=c2");
            assertThat(numbers).containsExactly(0, 1, 0);
        }
    }

    /** A version-2 block (header 0xFF 2) of (customer, order) pairs, each naming its customer. */
    private static byte[] versionTwoBlock(String... customersAndOrders) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeByte(0xFF);
            out.writeByte(2);
            for (int i = 0; i < customersAndOrders.length; i += 2) {
                out.writeByte(1);
                out.writeUTF(customersAndOrders[i]);
                out.writeUTF(customersAndOrders[i + 1]);
                out.writeInt(19_000);
                out.writeDouble(1.0);
            }
        }
        return bytes.toByteArray();
    }
}
