package io.segbot.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Bulk writes and streaming reads of a dataset's orders. */
public final class PurchaseStore {
    private static final int BATCH = 10_000;

    private final Database database;

    public PurchaseStore(Database database) {
        this.database = database;
    }

    /** Receives each stored order; dates are epoch days so a million rows allocate no dates. */
    @FunctionalInterface
    public interface PurchaseVisitor {
        void visit(String customerId, String orderId, int epochDay, double amount);
    }

    /** Streams a dataset's orders in insertion order. */
    public void forEach(long datasetId, PurchaseVisitor visitor) {
        database.inTransaction(c -> {
            try (PreparedStatement statement = c.prepareStatement(
                    "SELECT customer_id, order_id, order_date, amount FROM purchase WHERE dataset_id = ?")) {
                statement.setFetchSize(10_000);
                statement.setLong(1, datasetId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        LocalDate day = rows.getObject(3, LocalDate.class);
                        visitor.visit(rows.getString(1), rows.getString(2), (int) day.toEpochDay(), rows.getDouble(4));
                    }
                }
            }
            return null;
        });
    }

    /** A batching writer bound to one transaction's connection. Close it to flush. */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement statement;
        private final long datasetId;
        private int pending;

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.statement = connection.prepareStatement(
                    "INSERT INTO purchase (dataset_id, customer_id, order_id, order_date, amount) VALUES (?, ?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        public void add(String customerId, String orderId, LocalDate date, double amount) {
            try {
                statement.setLong(1, datasetId);
                statement.setString(2, customerId);
                statement.setString(3, orderId);
                statement.setDate(4, Date.valueOf(date));
                statement.setDouble(5, amount);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new StoreException(
                        "writing order " + orderId + " of customer " + customerId + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (pending > 0) {
                    statement.executeBatch();
                }
            } finally {
                statement.close();
            }
        }
    }
}
