package io.segbot.report;

import io.segbot.store.RunRecords.Customer;
import io.segbot.store.RunRepository;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a run that need every customer, gathered in one streamed pass: the R x F counts,
 * revenue per churn band of each segment, and each customer's CLV (simple 1-year and, when the
 * run fitted BG/NBD + Gamma-Gamma, the model's prediction), in stored order.
 */
final class RunScan {
    /** Churn bands in the order the tables and charts show them. */
    static final String[] BANDS = {"Low", "Medium", "High"};

    /** Customers per recency score (row, R-1) and frequency score (column, F-1). */
    final int[][] rfCounts = new int[5][5];
    /** Revenue per churn band (Low, Medium, High), keyed "rfm:LABEL" and "cluster:NUMBER". */
    final Map<String, double[]> churnRevenue = new LinkedHashMap<>();
    /** CLV sums per value tier and per segment key as above: [customers, simple CLV, predicted CLV]. */
    final Map<String, double[]> clvSums = new LinkedHashMap<>();

    private double[] simpleClv = new double[1024];
    private double[] predictedClv = new double[1024];
    private int customers;
    private boolean allPredicted = true;

    private RunScan() {}

    static RunScan of(RunRepository runs, long runId) {
        RunScan scan = new RunScan();
        runs.forEachCustomer(runId, null, null, scan::add);
        return scan;
    }

    private void add(Customer c) {
        rfCounts[c.r() - 1][c.f() - 1]++;
        int band = band(c.churnRisk());
        String rfm = "rfm:" + c.rfmSegment();
        String cluster = "cluster:" + c.cluster();
        churnRevenue.computeIfAbsent(rfm, k -> new double[3])[band] += c.monetary();
        churnRevenue.computeIfAbsent(cluster, k -> new double[3])[band] += c.monetary();
        double predicted = c.predictedClv() == null ? 0 : c.predictedClv();
        allPredicted &= c.predictedClv() != null;
        for (String key : new String[] {rfm, cluster, "tier:" + c.valueTier()}) {
            double[] sums = clvSums.computeIfAbsent(key, k -> new double[3]);
            sums[0]++;
            sums[1] += c.clvHorizon();
            sums[2] += predicted;
        }
        if (customers == simpleClv.length) {
            simpleClv = Arrays.copyOf(simpleClv, customers * 2);
            predictedClv = Arrays.copyOf(predictedClv, customers * 2);
        }
        simpleClv[customers] = c.clvHorizon();
        predictedClv[customers] = predicted;
        customers++;
    }

    static int band(String churnRisk) {
        for (int i = 0; i < BANDS.length; i++) {
            if (BANDS[i].equals(churnRisk)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown churn band '" + churnRisk + "', expected Low, Medium or High");
    }

    int customers() {
        return customers;
    }

    /** True when every customer has a model-based CLV (the run fitted BG/NBD + Gamma-Gamma). */
    boolean hasPredictedClv() {
        return customers > 0 && allPredicted;
    }

    /** Each customer's CLV in stored order: the model's when every customer has one, else the simple 1-year. */
    double[] clv() {
        return Arrays.copyOf(hasPredictedClv() ? predictedClv : simpleClv, customers);
    }

    /** The CLV sum of a key ("rfm:Champions", "cluster:0", "tier:Premium"); 0 when absent. */
    double clvSum(String key) {
        double[] sums = clvSums.get(key);
        return sums == null ? 0 : sums[hasPredictedClv() ? 2 : 1];
    }

    int count(String key) {
        double[] sums = clvSums.get(key);
        return sums == null ? 0 : (int) sums[0];
    }
}
