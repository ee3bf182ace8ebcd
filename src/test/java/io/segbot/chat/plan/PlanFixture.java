package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Twelve customers over six months (as of 2025-03-31), small enough to check every figure by hand:
 * 20 orders, $3,080 of revenue. The hand calculations are in {@link PlanExecutorTest}.
 */
final class PlanFixture {
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    /** id, rfm segment, cluster, churn band, tier, then (date, amount) pairs. */
    private static final Object[][] CUSTOMERS = {
        {"A1", "Champions", 0, 0, 2, "2025-01-05", 100, "2025-02-10", 50, "2025-03-20", 150},
        {"A2", "Loyal Customers", 0, 2, 2, "2025-01-15", 200},
        {"A3", "Loyal Customers", 0, 1, 1, "2025-02-01", 80, "2025-02-15", 20},
        {"A4", "Champions", 0, 0, 3, "2025-03-01", 500},
        {"A5", "At Risk", 0, 1, 1, "2024-12-20", 60, "2025-03-30", 40},
        {"A6", "Hibernating", 0, 2, 3, "2024-11-11", 1000},
        {"A7", "Champions", 0, 0, 1, "2025-01-31", 30, "2025-02-28", 30, "2025-03-31", 30},
        {"A8", "Loyal Customers", 0, 1, 2, "2025-02-14", 250},
        {"A9", "At Risk", 0, 2, 0, "2024-12-01", 10, "2025-01-01", 10},
        {"B1", "At Risk", 1, 0, 0, "2025-03-15", 75},
        {"B2", "Hibernating", 1, 2, 3, "2024-10-05", 300, "2025-01-20", 100},
        {"B3", "Hibernating", 1, 1, 0, "2025-02-20", 45},
    };

    private PlanFixture() {}

    static OrderBook book() {
        int n = CUSTOMERS.length;
        List<String> labels = List.of("Champions", "Loyal Customers", "At Risk", "Hibernating");
        String[] ids = new String[n];
        int[] offsets = new int[n + 1];
        List<Integer> days = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        int[] recency = new int[n];
        byte[] rfm = new byte[n];
        int[] cluster = new int[n];
        byte[] churn = new byte[n];
        byte[] tier = new byte[n];
        double[] clv = new double[n];
        for (int c = 0; c < n; c++) {
            Object[] row = CUSTOMERS[c];
            ids[c] = (String) row[0];
            rfm[c] = (byte) labels.indexOf((String) row[1]);
            cluster[c] = (Integer) row[2];
            churn[c] = (byte) (int) (Integer) row[3];
            tier[c] = (byte) (int) (Integer) row[4];
            int last = 0;
            for (int k = 5; k < row.length; k += 2) {
                last = (int) LocalDate.parse((String) row[k]).toEpochDay();
                days.add(last);
                amounts.add(((Integer) row[k + 1]).doubleValue());
                frequency[c]++;
                monetary[c] += (Integer) row[k + 1];
            }
            offsets[c + 1] = days.size();
            recency[c] = (int) (AS_OF.toEpochDay() - last);
            clv[c] = monetary[c] / 2; // a stand-in one-year CLV: half the lifetime spend
        }
        return new OrderBook(
                AS_OF,
                ids,
                offsets,
                days.stream().mapToInt(Integer::intValue).toArray(),
                amounts.stream().mapToDouble(Double::doubleValue).toArray(),
                frequency,
                monetary,
                recency,
                rfm,
                labels,
                cluster,
                churn,
                tier,
                clv,
                null,
                null);
    }

    static Filter.Segment rfm(String label) {
        return new Filter.Segment("rfm", label, label);
    }
}
