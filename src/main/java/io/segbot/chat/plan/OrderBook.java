package io.segbot.chat.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One run's customers and their orders in memory, as primitive arrays indexed by the run's
 * customer order, so a plan over a million customers is a few array scans. Immutable once built
 * ({@link OrderBooks} builds it from the store once per run).
 *
 * @param ids customer ids
 * @param offsets customer c's orders are {@code offsets[c] .. offsets[c + 1] - 1}, by day; null when
 *     the dataset holds per-customer totals, not orders
 * @param orderDay epoch day of each order
 * @param orderAmount revenue of each order
 * @param frequency orders per customer (lifetime, from the run)
 * @param monetary spend per customer (lifetime, from the run)
 * @param recency days since the last order at the as-of date
 * @param rfm index into {@code rfmLabels}
 * @param cluster the k-means cluster
 * @param churn 0 Low, 1 Medium, 2 High
 * @param tier 0 Low, 1 Medium, 2 High, 3 Premium
 * @param clv rule-based one-year CLV
 * @param predictedClv BG/NBD + Gamma-Gamma CLV, null without a fitted model
 * @param pAlive P(alive), null without a fitted model
 */
public record OrderBook(
        LocalDate asOf,
        String[] ids,
        int[] offsets,
        int[] orderDay,
        double[] orderAmount,
        int[] frequency,
        double[] monetary,
        int[] recency,
        byte[] rfm,
        List<String> rfmLabels,
        int[] cluster,
        byte[] churn,
        byte[] tier,
        double[] clv,
        double[] predictedClv,
        double[] pAlive) {

    static final List<String> BANDS = List.of("Low", "Medium", "High");
    static final List<String> TIERS = List.of("Low", "Medium", "High", "Premium");

    public OrderBook {
        Objects.requireNonNull(asOf, "asOf");
        int n = ids.length;
        if (frequency.length != n
                || monetary.length != n
                || recency.length != n
                || rfm.length != n
                || cluster.length != n
                || churn.length != n
                || tier.length != n
                || clv.length != n) {
            throw new IllegalArgumentException("customer columns of an order book must all hold " + n + " values");
        }
        if (offsets != null && (offsets.length != n + 1 || orderDay.length != orderAmount.length)) {
            throw new IllegalArgumentException("order columns do not match " + n + " customers");
        }
        rfmLabels = List.copyOf(rfmLabels);
    }

    public int customers() {
        return ids.length;
    }

    public boolean hasOrders() {
        return offsets != null;
    }

    /** Index of a customer id, or -1; ids compare ignoring case when no exact match exists. */
    public int indexOf(String id) {
        return BookIndexes.of(this).indexOf(this, id);
    }
}
