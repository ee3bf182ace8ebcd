package io.segbot.analysis;

import io.segbot.analytics.CustomerMetrics;
import io.segbot.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads a customer-level dataset back as metrics (no purchase dates). */
final class CustomerLevelStore {
    private final Database database;

    CustomerLevelStore(Database database) {
        this.database = database;
    }

    CustomerMetrics metrics(long datasetId) {
        return database.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            List<int[]> counts = new ArrayList<>();
            List<Double> money = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT customer_id, recency_days, frequency, monetary"
                    + " FROM customer_input WHERE dataset_id = ? ORDER BY customer_id")) {
                s.setLong(1, datasetId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                        counts.add(new int[] {rows.getInt(2), rows.getInt(3)});
                        money.add(rows.getDouble(4));
                    }
                }
            }
            int n = ids.size();
            int[] recency = new int[n];
            int[] frequency = new int[n];
            double[] monetary = new double[n];
            for (int i = 0; i < n; i++) {
                recency[i] = counts.get(i)[0];
                frequency[i] = counts.get(i)[1];
                monetary[i] = money.get(i);
            }
            return new CustomerMetrics(ids.toArray(String[]::new), recency, frequency, monetary, null, null);
        });
    }
}
