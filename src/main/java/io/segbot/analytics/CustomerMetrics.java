package io.segbot.analytics;

import java.time.LocalDate;

/**
 * Recency, frequency and monetary value per customer, the input of every rule-based analysis.
 *
 * @param ids customer ids
 * @param recencyDays whole calendar days from the last purchase to the as-of date
 * @param frequency distinct orders
 * @param monetary total revenue
 * @param firstDay epoch day of the first purchase, or {@code null} for customer-level files that
 *     carry no purchase dates
 * @param lastDay epoch day of the last purchase, or {@code null} as above
 */
public record CustomerMetrics(
        String[] ids, int[] recencyDays, int[] frequency, double[] monetary, int[] firstDay, int[] lastDay) {
    public CustomerMetrics {
        int n = ids.length;
        if (recencyDays.length != n || frequency.length != n || monetary.length != n) {
            throw new IllegalArgumentException("metric arrays must all have " + n + " entries");
        }
        if ((firstDay == null) != (lastDay == null)) {
            throw new IllegalArgumentException("firstDay and lastDay must both be present or both absent");
        }
        if (firstDay != null && (firstDay.length != n || lastDay.length != n)) {
            throw new IllegalArgumentException("date arrays must have " + n + " entries");
        }
    }

    public int size() {
        return ids.length;
    }

    public boolean hasDates() {
        return firstDay != null;
    }

    /** Metrics at {@code asOf} from grouped order history; orders after {@code asOf} are an error. */
    public static CustomerMetrics of(CustomerHistory history, LocalDate asOf) {
        int n = history.customers();
        int asOfDay = (int) asOf.toEpochDay();
        int[] recency = new int[n];
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        int[] first = new int[n];
        int[] last = new int[n];
        for (int c = 0; c < n; c++) {
            int from = history.offsets()[c];
            int to = history.offsets()[c + 1];
            first[c] = history.orderDay()[from];
            last[c] = history.orderDay()[to - 1];
            if (last[c] > asOfDay) {
                throw new IllegalArgumentException("customer " + history.customerIds()[c] + " has an order on "
                        + LocalDate.ofEpochDay(last[c]) + ", after the as-of date " + asOf
                        + "; choose an as-of date after the last transaction");
            }
            recency[c] = asOfDay - last[c];
            frequency[c] = to - from;
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += history.orderAmount()[k];
            }
            monetary[c] = sum;
        }
        return new CustomerMetrics(history.customerIds(), recency, frequency, monetary, first, last);
    }
}
