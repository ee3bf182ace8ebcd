package io.segbot.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A dataset's orders, stored in blocks (see {@code V1__foundation.sql} for why). A block encodes
 * its orders one after another: a flag byte (1 when the customer id differs from the previous
 * order's, followed by the id in modified UTF-8), the order id, the epoch day as an int and the
 * amount as a double. Version 1 is that layout without a header, version 2 the same after a {@link
 * BlockFormat} header at the start of each block.
 */
public final class PurchaseStore {
    static final int BLOCK_ROWS = 65_536;
    static final int VERSION = 2;

    private final Database database;

    public PurchaseStore(Database database) {
        this.database = database;
    }

    /** Receives each stored order; dates are epoch days so a million rows allocate no dates. */
    @FunctionalInterface
    public interface PurchaseVisitor {
        void visit(String customerId, String orderId, int epochDay, double amount);
    }

    /**
     * Receives each stored order with its order id as a 64-bit FNV-1a key (over the id's characters,
     * the same as {@code PurchaseColumns.orderKey}), so loading ten million orders makes no order
     * id strings. The customer id string is the same object for consecutive orders of one customer.
     */
    @FunctionalInterface
    public interface KeyedVisitor {
        void visit(String customerId, long orderKey, int epochDay, double amount);
    }

    /** Streams a dataset's orders in the order they were imported, order ids as keys. */
    public void forEachKeyed(long datasetId, KeyedVisitor visitor) {
        forEachBlock(datasetId, (count, block) -> decodeKeyed(count, block, visitor));
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

    private static void decodeKeyed(int count, byte[] block, KeyedVisitor visitor) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(block); // big-endian, as DataOutputStream wrote it
        String customer = null;
        try {
            in.position(BlockFormat.headerLength(block, VERSION, "orders"));
            for (int i = 0; i < count; i++) {
                if (in.get() == 1) {
                    customer = BlockBytes.utf(block, in);
                }
                long key = key(block, in);
                visitor.visit(customer, key, in.getInt(), in.getDouble());
            }
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IOException e) {
            throw new StoreException("a stored block of orders is corrupt: " + e.getMessage(), e);
        }
    }

    /** The order id's FNV-1a key: over the bytes when ASCII (bytes are the characters), else the string. */
    private static long key(byte[] block, java.nio.ByteBuffer in) throws IOException {
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

    /** Streams a dataset's orders in the order they were imported. */
    public void forEach(long datasetId, PurchaseVisitor visitor) {
        forEachBlock(datasetId, (count, block) -> decode(count, block, visitor));
    }

    private static void decode(int count, byte[] block, PurchaseVisitor visitor) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(block);
        try {
            in.position(BlockFormat.headerLength(block, VERSION, "orders"));
            String customer = null;
            for (int i = 0; i < count; i++) {
                if (in.get() == 1) {
                    customer = BlockBytes.utf(block, in);
                }
                visitor.visit(customer, BlockBytes.utf(block, in), in.getInt(), in.getDouble());
            }
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | IOException e) {
            throw new StoreException("a stored block of orders is corrupt: " + e.getMessage(), e);
        }
    }

    /** A block writer bound to one transaction's connection. Close it to write the last block. */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement statement;
        private final long datasetId;
        private final BlockWriter out = new BlockWriter(1 << 21);
        private String previousCustomer;
        private int rows;
        private int block;

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.statement = connection.prepareStatement(
                    "INSERT INTO purchase_block (dataset_id, block_no, row_count, data) VALUES (?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        public void add(String customerId, String orderId, LocalDate date, double amount) {
            add(customerId, orderId, (int) date.toEpochDay(), amount);
        }

        public void add(String customerId, String orderId, int epochDay, double amount) {
            if (rows == 0) {
                out.header(VERSION);
            }
            boolean newCustomer = !customerId.equals(previousCustomer);
            out.writeByte(newCustomer ? 1 : 0);
            if (newCustomer) {
                out.writeUTF(customerId);
                previousCustomer = customerId;
            }
            out.writeUTF(orderId);
            out.writeInt(epochDay);
            out.writeDouble(amount);
            if (++rows == BLOCK_ROWS) {
                flush();
            }
        }

        private void flush() {
            try {
                statement.setLong(1, datasetId);
                statement.setInt(2, block++);
                statement.setInt(3, rows);
                statement.setBytes(4, out.toByteArray());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("writing block " + block + " of orders failed: " + e.getMessage(), e);
            }
            out.reset();
            rows = 0;
            previousCustomer = null;
        }

        @Override
        public void close() throws SQLException {
            try {
                if (rows > 0) {
                    flush();
                }
            } finally {
                statement.close();
            }
        }
    }
}
