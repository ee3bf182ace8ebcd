package io.segbot.store;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's orders, stored in blocks (see {@code V1__foundation.sql} for why). A block encodes
 * its orders one after another: a customer field, the order id in modified UTF-8, the epoch day as
 * an int and the amount as a double. In version 1 (no header) and version 2 (after a {@link
 * BlockFormat} header) the customer field is a flag byte, 1 when the customer id differs from the
 * previous order's, followed by the id in modified UTF-8. Version 3, written now, numbers the
 * dataset's customers 0, 1, 2, ... in order of first appearance: flag 0 is the previous order's
 * customer, 1 a new customer (its number as a varint, then its id), 2 a customer seen before (its
 * number). Reading orders back then numbers customers without hashing an id: interning a million
 * ids was half of the analysis' load step. The first order of every block names its customer.
 */
public final class PurchaseStore {
    static final int BLOCK_ROWS = 65_536;
    static final int VERSION = 3;
    private static final int SAME = 0;
    private static final int NEW = 1;
    private static final int KNOWN = 2;

    private final Database database;

    public PurchaseStore(Database database) {
        this.database = database;
    }

    /** Receives each stored order; dates are epoch days so a million rows allocate no dates. */
    @FunctionalInterface
    public interface PurchaseVisitor {
        void visit(String customerId, String orderId, int epochDay, double amount);
    }

    /** Receives each customer of a dataset once, before its first order; numbers count 0, 1, 2, ... */
    @FunctionalInterface
    public interface CustomerVisitor {
        void customer(int index, String customerId);
    }

    /**
     * Receives each stored order with its customer's number and its order id as a 64-bit FNV-1a key
     * (over the id's characters, the same as {@code PurchaseColumns.orderKey}), so loading ten
     * million orders makes no order id strings.
     */
    @FunctionalInterface
    public interface NumberedOrderVisitor {
        void order(int customer, long orderKey, int epochDay, double amount);
    }

    /** Streams a dataset's customers and orders in the order they were imported. */
    public void forEachNumbered(long datasetId, CustomerVisitor customers, NumberedOrderVisitor orders) {
        Decoder decoder = new Decoder(customers);
        forEachBlock(
                datasetId,
                (count, block) -> decoder.block(
                        count,
                        block,
                        (customer, bytes, in) -> orders.order(customer, key(bytes, in), in.getInt(), in.getDouble())));
    }

    /** Streams a dataset's orders in the order they were imported, with their ids as stored. */
    public void forEach(long datasetId, PurchaseVisitor visitor) {
        List<String> ids = new ArrayList<>();
        Decoder decoder = new Decoder((index, id) -> ids.add(id));
        forEachBlock(
                datasetId,
                (count, block) -> decoder.block(
                        count,
                        block,
                        (customer, bytes, in) -> visitor.visit(
                                ids.get(customer), BlockBytes.utf(bytes, in), in.getInt(), in.getDouble())));
    }

    /** One stored block: how many orders it holds and its bytes. */
    @FunctionalInterface
    private interface BlockReader {
        void read(int count, byte[] block);
    }

    private void forEachBlock(long datasetId, BlockReader reader) {
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT row_count, data FROM purchase_block WHERE dataset_id = ? ORDER BY block_no")) {
                statement.setLong(1, datasetId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows.getInt(1), rows.getBytes(2));
                    }
                }
            }
            return null;
        });
    }

    /** Reads the rest of one order (order id, day, amount) once its customer is known. */
    @FunctionalInterface
    private interface RowReader {
        void read(int customer, byte[] block, ByteBuffer in) throws IOException;
    }

    /** Reads the customer fields of a dataset's blocks in order; customers of versions 1 and 2 are numbered here. */
    private static final class Decoder {
        private final CustomerVisitor customers;
        private int numbered;
        private Map<String, Integer> named;

        Decoder(CustomerVisitor customers) {
            this.customers = customers;
        }

        void block(int count, byte[] block, RowReader rows) {
            ByteBuffer in = ByteBuffer.wrap(block); // big-endian, as DataOutputStream wrote it
            try {
                int header = BlockFormat.headerLength(block, VERSION, "orders");
                boolean numberedBlock = header > 0 && (block[1] & 0xFF) >= 3;
                in.position(header);
                int customer = -1;
                for (int i = 0; i < count; i++) {
                    int flag = in.get();
                    customer = numberedBlock ? numbered(flag, customer, block, in) : named(flag, customer, block, in);
                    rows.read(customer, block, in);
                }
            } catch (BufferUnderflowException | IndexOutOfBoundsException | IOException e) {
                throw new StoreException("a stored block of orders is corrupt: " + e.getMessage(), e);
            }
        }

        private int numbered(int flag, int previous, byte[] block, ByteBuffer in) throws IOException {
            if (flag == SAME && previous >= 0) {
                return previous;
            }
            int index = flag == NEW || flag == KNOWN ? BlockBytes.varint(in) : -1;
            if (flag == NEW && index == numbered) {
                customers.customer(index, BlockBytes.utf(block, in));
                return numbered++;
            }
            if (flag == KNOWN && index >= 0 && index < numbered) {
                return index;
            }
            throw new IOException("customer flag " + flag + " with number " + index + " after " + numbered
                    + " customers (previous order's customer: " + previous + ")");
        }

        private int named(int flag, int previous, byte[] block, ByteBuffer in) throws IOException {
            if (flag != 1) {
                if (previous < 0) {
                    throw new IOException("the block's first order names no customer");
                }
                return previous;
            }
            String id = BlockBytes.utf(block, in);
            if (named == null) {
                named = new HashMap<>();
            }
            Integer known = named.putIfAbsent(id, numbered);
            if (known != null) {
                return known;
            }
            customers.customer(numbered, id);
            return numbered++;
        }
    }

    /** The order id's FNV-1a key: over the bytes when ASCII (bytes are the characters), else the string. */
    private static long key(byte[] block, ByteBuffer in) throws IOException {
        int start = in.position();
        int length = in.getShort() & 0xFFFF;
        if (!BlockBytes.ascii(block, start + 2, length)) {
            in.position(start);
            return fnv(BlockBytes.utf(block, in));
        }
        long hash = 0xcbf29ce484222325L;
        for (int i = start + 2; i < start + 2 + length; i++) {
            hash ^= block[i];
            hash *= 0x100000001b3L;
        }
        in.position(start + 2 + length);
        return hash;
    }

    static long fnv(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * A block writer bound to one transaction's connection. Close it to write the last block.
     * Customers are numbered either by the caller (as the CSV readers do while counting them) or by
     * the writer, never both in one writer. Orders are collected in batches of a block's rows on the
     * caller's thread; each full batch is encoded and inserted on a background thread ({@link
     * Handoff}), so an import parses on one core while the other stores (encoding and inserting
     * blocks were a fifth of the parsing thread's time). Not thread-safe: one caller thread.
     */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement statement;
        private final long datasetId;
        private final Handoff<Batch> handoff;
        private final BlockWriter out = new BlockWriter(1 << 21); // the background thread's
        private Batch batch;
        private Map<String, Integer> ownNumbers;
        private int numbered;
        private int previousCustomer = -1;
        private int block; // the background thread's

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.statement = connection.prepareStatement(
                    "INSERT INTO purchase_block (dataset_id, block_no, row_count, data) VALUES (?, ?, ?, ?)");
            this.datasetId = datasetId;
            this.handoff = new Handoff<>("segbot-order-blocks", Batch::new, this::store);
            this.batch = handoff.empty();
        }

        public void add(String customerId, String orderId, LocalDate date, double amount) {
            add(customerId, orderId, (int) date.toEpochDay(), amount);
        }

        /** Adds an order, numbering its customer here (in order of first appearance). */
        public void add(String customerId, String orderId, int epochDay, double amount) {
            if (ownNumbers == null) {
                if (numbered > 0) {
                    throw new IllegalStateException("this writer's customers are numbered by its caller");
                }
                ownNumbers = new HashMap<>();
            }
            Integer index = ownNumbers.putIfAbsent(customerId, ownNumbers.size());
            collect(customerId, index == null ? ownNumbers.size() - 1 : index, orderId, epochDay, amount);
        }

        /**
         * Adds an order whose customer the caller numbered: 0, 1, 2, ... in order of first appearance,
         * so a new customer has the next number and a known one keeps its own.
         */
        public void add(String customerId, int customerIndex, String orderId, int epochDay, double amount) {
            if (ownNumbers != null) {
                throw new IllegalStateException("this writer numbers its customers itself");
            }
            collect(customerId, customerIndex, orderId, epochDay, amount);
        }

        private void collect(String customerId, int customerIndex, String orderId, int epochDay, double amount) {
            int row = batch.size;
            if (row > 0 && customerIndex == previousCustomer) {
                batch.flag[row] = SAME;
            } else if (customerIndex == numbered) {
                batch.flag[row] = NEW;
                batch.newId[row] = customerId;
                numbered++;
            } else if (customerIndex >= 0 && customerIndex < numbered) {
                batch.flag[row] = KNOWN;
            } else {
                throw new IllegalArgumentException("customer '" + customerId + "' has number " + customerIndex
                        + ", but " + numbered + " customers are numbered so far: a new one is number " + numbered);
            }
            previousCustomer = customerIndex;
            batch.customer[row] = customerIndex;
            batch.order[row] = orderId;
            batch.day[row] = epochDay;
            batch.amount[row] = amount;
            if (++batch.size == BLOCK_ROWS) {
                handoff.submit(batch);
                batch = handoff.empty();
            }
        }

        /** On the background thread: one batch becomes one stored block, and the batch is emptied. */
        private void store(Batch rows) {
            out.reset();
            out.header(VERSION);
            for (int i = 0; i < rows.size; i++) {
                out.writeByte(rows.flag[i]);
                if (rows.flag[i] != SAME) {
                    out.writeVarint(rows.customer[i]);
                }
                if (rows.flag[i] == NEW) {
                    out.writeUTF(rows.newId[i]);
                }
                out.writeUTF(rows.order[i]);
                out.writeInt(rows.day[i]);
                out.writeDouble(rows.amount[i]);
            }
            try {
                statement.setLong(1, datasetId);
                statement.setInt(2, block++);
                statement.setInt(3, rows.size);
                statement.setBytes(4, out.toByteArray());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("writing block " + block + " of orders failed: " + e.getMessage(), e);
            }
            rows.clear();
        }

        @Override
        public void close() throws SQLException {
            try {
                if (batch.size > 0) {
                    handoff.submit(batch);
                }
                handoff.finish();
            } finally {
                statement.close();
            }
        }
    }

    /** The rows of one block before encoding; the first row of a batch always names its customer. */
    private static final class Batch {
        final byte[] flag = new byte[BLOCK_ROWS];
        final int[] customer = new int[BLOCK_ROWS];
        final String[] newId = new String[BLOCK_ROWS];
        final String[] order = new String[BLOCK_ROWS];
        final int[] day = new int[BLOCK_ROWS];
        final double[] amount = new double[BLOCK_ROWS];
        int size;

        void clear() {
            java.util.Arrays.fill(newId, 0, size, null);
            java.util.Arrays.fill(order, 0, size, null);
            size = 0;
        }
    }
}
