package io.segbot.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.segbot.segmentation.RunRecords.Customer;
import io.segbot.segmentation.RunRecords.CustomerColumns;
import io.segbot.store.BlockFormat;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import io.segbot.store.PurchaseStore;
import io.segbot.store.StoreException;
import io.segbot.store.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomerBlocksTest {

    /** A customer block as segbot wrote it before blocks had a version: the documented layout, no header. */
    private static byte[] versionOneCustomerBlock() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF("17850");
            out.writeInt(12);
            out.writeInt(3);
            out.writeDouble(318.5);
            out.writeByte(5);
            out.writeByte(4);
            out.writeByte(3);
            out.writeDouble(75.0);
            out.writeUTF("Champions");
            out.writeInt(0);
            out.writeUTF("Low");
            out.writeDouble(955.5);
            out.writeDouble(1200.0);
            out.writeUTF("Premium");
            out.writeDouble(0.92);
            out.writeDouble(Double.NaN);
            out.writeDouble(Double.NaN);
            out.writeDouble(Double.NaN);
        }
        return bytes.toByteArray();
    }

    /** Two orders of one customer as segbot wrote them before blocks had a version. */
    private static byte[] versionOneOrderBlock() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeUTF("c1");
            out.writeUTF("o1");
            out.writeInt((int) LocalDate.of(2024, 3, 31).toEpochDay());
            out.writeDouble(12.5);
            out.writeByte(0);
            out.writeUTF("o2");
            out.writeInt((int) LocalDate.of(2024, 4, 1).toEpochDay());
            out.writeDouble(7.25);
        }
        return bytes.toByteArray();
    }

    @Test
    void a_customer_block_written_before_versions_reads_as_version_one() throws IOException {
        List<Customer> read = new ArrayList<>();
        CustomerBlocks.decode(1, versionOneCustomerBlock(), read::add);

        assertThat(read)
                .containsExactly(new Customer(
                        "17850",
                        12,
                        3,
                        318.5,
                        5,
                        4,
                        3,
                        75.0,
                        "Champions",
                        0,
                        "Low",
                        955.5,
                        1200.0,
                        "Premium",
                        0.92,
                        null,
                        null,
                        null));
    }

    @Test
    void a_customer_block_written_now_carries_its_version_and_reads_back() {
        CustomerColumns columns = new CustomerColumns(
                new String[] {"a", "b"},
                new int[] {1, 200},
                new int[] {4, 1},
                new double[] {99.5, 10},
                new byte[] {5, 1},
                new byte[] {5, 1},
                new byte[] {5, 1},
                new double[] {100, 0},
                new String[] {"Champions", "Hibernating"},
                new int[] {0, 1},
                new String[] {"Low", "High"},
                new double[] {398, 10},
                new double[] {400, 12},
                new String[] {"Premium", "Low"},
                null,
                null,
                null,
                null);

        byte[] block = CustomerBlocks.encode(columns, 0, 2);
        List<Customer> read = new ArrayList<>();
        CustomerBlocks.decode(2, block, read::add);

        assertThat(block[0] & 0xFF).isEqualTo(BlockFormat.MARKER);
        assertThat(block[1]).isEqualTo((byte) CustomerBlocks.VERSION);
        assertThat(read)
                .extracting(Customer::customerId, Customer::rfmSegment, Customer::pAlive)
                .containsExactly(tuple("a", "Champions", null), tuple("b", "Hibernating", null));
    }

    @Test
    void a_block_from_a_newer_segbot_is_refused_in_words() {
        byte[] fromTheFuture = {(byte) 0xFF, 9, 0, 1, 'x'};

        assertThatThrownBy(() -> CustomerBlocks.decode(1, fromTheFuture, customer -> {}))
                .isInstanceOf(StoreException.class)
                .hasMessage("a stored block of customer scores has format version 9, this segbot reads versions 1"
                        + " to 2: it was written by a newer segbot");
    }

    @Test
    void order_blocks_written_before_versions_and_now_both_read() throws IOException {
        byte[] legacyOrders = versionOneOrderBlock();
        try (Database database = TestDatabases.fresh("blocks-" + UUID.randomUUID())) {
            DatasetRepository datasets = new DatasetRepository(database);
            long legacy = database.inTransaction(c -> {
                long id = datasets.create(c, "legacy", "transactions", "old.csv", "1".repeat(64));
                try (var insert = c.prepareStatement(
                        "INSERT INTO purchase_block (dataset_id, block_no, row_count, data) VALUES (?, 0, 2, ?)")) {
                    insert.setLong(1, id);
                    insert.setBytes(2, legacyOrders);
                    insert.executeUpdate();
                }
                return id;
            });
            long current = database.inTransaction(c -> {
                long id = datasets.create(c, "current", "transactions", "new.csv", "2".repeat(64));
                try (PurchaseStore.Writer writer = new PurchaseStore.Writer(c, id)) {
                    writer.add("c1", "o1", LocalDate.of(2024, 3, 31), 12.5);
                    writer.add("c1", "o2", LocalDate.of(2024, 4, 1), 7.25);
                }
                return id;
            });

            PurchaseStore store = new PurchaseStore(database);
            for (long dataset : new long[] {legacy, current}) {
                List<String> orders = new ArrayList<>();
                store.forEach(
                        dataset,
                        (customer, order, day, amount) ->
                                orders.add(customer + " " + order + " " + LocalDate.ofEpochDay(day) + " " + amount));
                assertThat(orders).containsExactly("c1 o1 2024-03-31 12.5", "c1 o2 2024-04-01 7.25");
            }
        }
    }
}
