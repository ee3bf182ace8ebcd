package io.segbot.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Bulk writes and ordered reads of a cart_abandoners dataset's rows. */
public final class CartAbandonerStore {
    private static final int BATCH = 10_000;

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

    /** Streams a dataset's rows in file order. */
    public void forEach(long datasetId, Consumer<Row> visitor) {
        database.inTransaction(c -> {
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
            return null;
        });
    }

    /** A batching writer bound to one transaction's connection. Close it to flush. */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement statement;
        private final long datasetId;
        private int rowNo;
        private int pending;

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.statement = connection.prepareStatement("INSERT INTO cart_abandoner (dataset_id, row_no, user_id,"
                    + " cart_abandoned_date, last_order_date, avg_order_value, sessions_last_30d, num_cart_items,"
                    + " engagement_score, profitability_score, converted, campaign_group)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        public void add(Row row) {
            try {
                int i = 1;
                statement.setLong(i++, datasetId);
                statement.setInt(i++, rowNo++);
                statement.setString(i++, row.userId());
                statement.setDate(i++, Date.valueOf(row.cartAbandonedDate()));
                statement.setDate(i++, row.lastOrderDate() == null ? null : Date.valueOf(row.lastOrderDate()));
                setNullable(i++, Types.DOUBLE, row.avgOrderValue());
                setNullable(i++, Types.INTEGER, row.sessionsLast30d());
                setNullable(i++, Types.INTEGER, row.numCartItems());
                setNullable(i++, Types.DOUBLE, row.engagementScore());
                setNullable(i++, Types.DOUBLE, row.profitabilityScore());
                setNullable(i++, Types.BOOLEAN, row.converted());
                statement.setString(i, row.group());
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            } catch (SQLException e) {
                throw new StoreException("writing cart abandoner " + row.userId() + " failed: " + e.getMessage(), e);
            }
        }

        private void setNullable(int index, int type, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, type);
            } else {
                statement.setObject(index, value, type);
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
