package io.segbot.mecerun;

import io.segbot.store.Database;
import io.segbot.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Bulk writes and ordered reads of a cart_abandoners dataset's rows. */
public final class CartAbandonerStore {
    private final Database database;

    public CartAbandonerStore(Database database) {
        this.database = database;
    }

    /** One stored row; null fields are missing values. */
    public record Row(
            String userId,
            LocalDate cartAbandonedDate,
            LocalDate lastOrderDate,
            Double avgOrderValue,
            Integer sessionsLast30d,
            Integer numCartItems,
            Double engagementScore,
            Double profitabilityScore,
            Boolean converted,
            String group) {}

    /**
     * Streams a dataset's rows in file order: from its blocks, or from the one-row-per-user table for
     * a dataset imported before blocks existed (schema version 11 and earlier).
     */
    public void forEach(long datasetId, Consumer<Row> visitor) {
        database.inTransaction(c -> {
            if (!forEachInBlocks(c, datasetId, visitor)) {
                forEachRow(c, datasetId, visitor);
            }
            return null;
        });
    }

    private static boolean forEachInBlocks(Connection c, long datasetId, Consumer<Row> visitor) throws SQLException {
        boolean any = false;
        try (PreparedStatement statement = c.prepareStatement(
                "SELECT row_count, data FROM cart_abandoner_block" + " WHERE dataset_id = ? ORDER BY block_no")) {
            statement.setLong(1, datasetId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    any = true;
                    CartBlocks.decode(rows.getInt(1), rows.getBytes(2), visitor);
                }
            }
        }
        return any;
    }

    private static void forEachRow(Connection c, long datasetId, Consumer<Row> visitor) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement("SELECT user_id, cart_abandoned_date,"
                + " last_order_date, avg_order_value, sessions_last_30d, num_cart_items, engagement_score,"
                + " profitability_score, converted, campaign_group FROM cart_abandoner WHERE dataset_id = ?"
                + " ORDER BY row_no")) {
            statement.setFetchSize(10_000);
            statement.setLong(1, datasetId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    visitor.accept(new Row(
                            rows.getString(1),
                            rows.getObject(2, LocalDate.class),
                            rows.getObject(3, LocalDate.class),
                            rows.getObject(4, Double.class),
                            rows.getObject(5, Integer.class),
                            rows.getObject(6, Integer.class),
                            rows.getObject(7, Double.class),
                            rows.getObject(8, Double.class),
                            rows.getObject(9, Boolean.class),
                            rows.getString(10)));
                }
            }
        }
    }

    /**
     * A writer bound to one transaction's connection that stores rows in blocks of {@link
     * CartBlocks#BLOCK_ROWS}. Close it to write the last block.
     */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement statement;
        private final long datasetId;
        private final List<Row> pending = new ArrayList<>(CartBlocks.BLOCK_ROWS);
        private int blockNo;

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.statement = connection.prepareStatement(
                    "INSERT INTO cart_abandoner_block (dataset_id, block_no, row_count, data) VALUES (?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        public void add(Row row) {
            pending.add(row);
            if (pending.size() == CartBlocks.BLOCK_ROWS) {
                flush();
            }
        }

        private void flush() {
            try {
                statement.setLong(1, datasetId);
                statement.setInt(2, blockNo++);
                statement.setInt(3, pending.size());
                statement.setBytes(4, CartBlocks.encode(pending));
                statement.executeUpdate();
                pending.clear();
            } catch (SQLException e) {
                throw new StoreException(
                        "writing block " + (blockNo - 1) + " of cart abandoners failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                if (!pending.isEmpty()) {
                    flush();
                }
            } finally {
                statement.close();
            }
        }
    }
}
