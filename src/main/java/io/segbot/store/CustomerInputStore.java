package io.segbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a customer-level dataset ({@code import customers}: id, recency, frequency,
 * monetary, optional segment), written inside the import's transaction and read back as columns.
 */
public final class CustomerInputStore {
    private final Database database;

    public CustomerInputStore(Database database) {
        this.database = database;
    }

    /**
     * A dataset's customers as columns, by customer id.
     *
     * @param ids customer ids
     * @param recencyDays days since each customer's last purchase
     * @param frequency purchases per customer
     * @param monetary total spend per customer
     */
    public record Columns(String[] ids, int[] recencyDays, int[] frequency, double[] monetary) {}

    public Columns read(long datasetId) {
        return database.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            List<Double> money = new ArrayList<>();
            Jdbc.forEach(
                    c,
                    "SELECT customer_id, recency_days, frequency, monetary FROM customer_input WHERE dataset_id = ?"
                            + " ORDER BY customer_id",
                    Jdbc.id(datasetId),
                    rows -> {
                        ids.add(rows.getString(1));
                        counts.add(new int[] {rows.getInt(2), rows.getInt(3)});
                        money.add(rows.getDouble(4));
                    });
            int n = ids.size();
            int[] recency = new int[n];
            int[] frequency = new int[n];
            double[] monetary = new double[n];
            for (int i = 0; i < n; i++) {
                recency[i] = counts.get(i)[0];
                frequency[i] = counts.get(i)[1];
                monetary[i] = money.get(i);
            }
            return new Columns(ids.toArray(String[]::new), recency, frequency, monetary);
        });
    }

    /** Writes one dataset's customers in batches on the import's connection; not thread-safe. */
    public static final class Writer implements AutoCloseable {
        private final PreparedStatement insert;
        private final long datasetId;

        public Writer(Connection connection, long datasetId) throws SQLException {
            this.insert = connection.prepareStatement(
                    "INSERT INTO customer_input"
                            + " (dataset_id, customer_id, recency_days, frequency, monetary, segment) VALUES (?, ?, ?, ?, ?, ?)");
            this.datasetId = datasetId;
        }

        /** @param segment the file's own segment label, or null */
        public void add(String customerId, int recencyDays, int frequency, double monetary, String segment) {
            try {
                insert.setLong(1, datasetId);
                insert.setString(2, customerId);
                insert.setInt(3, recencyDays);
                insert.setInt(4, frequency);
                insert.setDouble(5, monetary);
                insert.setString(6, segment);
                insert.addBatch();
            } catch (SQLException e) {
                throw new StoreException("writing customer " + io.segbot.ErrorText.quote(customerId) + " failed", e);
            }
        }

        /** Sends the batch and releases the statement. */
        @Override
        public void close() throws SQLException {
            try (insert) {
                insert.executeBatch();
            }
        }
    }
}
