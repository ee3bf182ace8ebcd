package io.segbot.report;

import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hand-made runs small enough to check on paper: four customers in three RFM segments. */
final class ReportFixture {
    private ReportFixture() {}

    static long dataset(Database database) {
        return database.inTransaction(c -> {
            DatasetRepository datasets = new DatasetRepository(database);
            long id = datasets.create(c, "shop", "transactions", "shop.csv", "a".repeat(64));
            datasets.complete(c, id, 10, 10, 4, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 30), 1000.0, "{}");
            return id;
        });
    }

    /** Saves a run whose customers are in the given RFM segments; revenue 100, 200, 300, ... per customer. */
    static long run(Database database, long datasetId, LocalDate asOf, String[] ids, String[] rfm) {
        int n = ids.length;
        double[] money = new double[n];
        String[] churn = new String[n];
        byte[] score = new byte[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            money[i] = 100.0 * (i + 1);
            churn[i] = i % 3 == 0 ? "Low" : i % 3 == 1 ? "Medium" : "High";
            score[i] = (byte) (1 + i % 5);
            total += money[i];
        }
        RunRecords.CustomerColumns columns = new RunRecords.CustomerColumns(
                ids,
                new int[n],
                new int[n],
                money,
                score,
                score,
                score,
                new double[n],
                rfm,
                new int[n],
                churn,
                money,
                money,
                fill("Low", n),
                null,
                null,
                null,
                null);
        List<SegmentProfile> segments = List.of(
                segment("rfm", "Champions", 2, 300, 1, 1, 0),
                segment("rfm", "At Risk", 1, 300, 0, 0, 1),
                segment("rfm", "Hibernating", 1, 400, 1, 0, 0),
                segment("cluster", "0", 4, 1000, 2, 1, 1));
        RunRecords.Run run = new RunRecords.Run(
                0, datasetId, "shop", Instant.parse("2025-01-02T10:00:00Z"), asOf, "{}", n, total, 1, 0.5, null);
        return new RunRepository(database).save(run, segments, columns);
    }

    static SegmentProfile segment(
            String family, String key, int customers, double revenue, int low, int medium, int high) {
        return new SegmentProfile(
                family,
                key,
                key.equals("0") ? "Champions" : key,
                customers,
                revenue,
                revenue / 1000,
                10,
                2,
                revenue / customers,
                revenue / customers,
                2 * revenue / customers,
                low,
                medium,
                high,
                null,
                null,
                List.of());
    }

    private static String[] fill(String value, int n) {
        String[] out = new String[n];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
