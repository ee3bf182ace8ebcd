package io.segbot.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Streams a dataset's orders in the order they were imported. */
    public void forEach(long datasetId, PurchaseVisitor visitor) {
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT row_count, data FROM purchase_block WHERE dataset_id = ? ORDER BY block_no")) {
                statement.setLong(1, datasetId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        decode(rows.getInt(1), rows.getBytes(2), visitor);
                    }
                }
            }
            return null;
        });
    }

    private static void decode(int count, byte[] block, PurchaseVisitor visitor) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(block))) {
            BlockFormat.readVersion(in, VERSION, "orders");
            String customer = null;
            for (int i = 0; i < count; i++) {
                if (in.readByte() == 1) {
                    customer = in.readUTF();
                }
                visitor.visit(customer, in.readUTF(), in.readInt(), in.readDouble());
            }
        } catch (IOException e) {
            throw new StoreException("a stored block of orders is corrupt: " + e.getMessage(), e);
        }
    }

    /** A block writer bound to one transaction's connection. Close it to write the last block. */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement statement;
        private final long datasetId;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
        private final DataOutputStream out = new DataOutputStream(bytes);
        private String previousCustomer;
        private int rows;
        private int block;

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.statement = connection.prepareStatement(
                    "INSERT INTO purchase_block (dataset_id, block_no, row_count, data) VALUES (?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        public void add(String customerId, String orderId, LocalDate date, double amount) {
            try {
                if (rows == 0) {
                    BlockFormat.writeHeader(out, VERSION);
                }
                boolean newCustomer = !customerId.equals(previousCustomer);
                out.writeByte(newCustomer ? 1 : 0);
                if (newCustomer) {
                    out.writeUTF(customerId);
                    previousCustomer = customerId;
                }
                out.writeUTF(orderId);
                out.writeInt((int) date.toEpochDay());
                out.writeDouble(amount);
                if (++rows == BLOCK_ROWS) {
                    flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void flush() {
            try {
                out.flush();
                statement.setLong(1, datasetId);
                statement.setInt(2, block++);
                statement.setInt(3, rows);
                statement.setBytes(4, bytes.toByteArray());
                statement.executeUpdate();
            } catch (SQLException | IOException e) {
                throw new StoreException("writing block " + block + " of orders failed: " + e.getMessage(), e);
            }
            bytes.reset();
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
