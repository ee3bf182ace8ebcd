package io.segbot.analytics;

import java.util.Arrays;

/**
 * Orders grouped by customer (compressed sparse rows): customer {@code c} owns the orders
 * {@code offsets[c] .. offsets[c + 1] - 1}, sorted by day. Rows of one customer that share an order
 * id are merged into one order dated at the earliest row, so order lines and repeated rows both
 * count once toward frequency.
 */
public record CustomerHistory(String[] customerIds, int[] offsets, int[] orderDay, double[] orderAmount) {

    public int customers() {
        return customerIds.length;
    }

    public int orders(int customer) {
        return offsets[customer + 1] - offsets[customer];
    }

    /** Groups columnar purchase rows; runs in O(rows) plus small per-customer sorts. */
    public static CustomerHistory of(PurchaseColumns rows) {
        int customers = rows.customerIds().length;
        int[] start = CustomerRows.offsets(rows.customer(), rows.size(), customers);
        int[] fill = Arrays.copyOf(start, customers);
        int[] byCustomer = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            byCustomer[fill[rows.customer()[i]]++] = i;
        }
        int[] offsets = new int[customers + 1];
        int[] orderDay = new int[rows.size()];
        double[] orderAmount = new double[rows.size()];
        int out = 0;
        for (int c = 0; c < customers; c++) {
            offsets[c] = out;
            out = mergeOrders(rows, byCustomer, start[c], start[c + 1], orderDay, orderAmount, out);
        }
        offsets[customers] = out;
        return new CustomerHistory(
                rows.customerIds(), offsets, Arrays.copyOf(orderDay, out), Arrays.copyOf(orderAmount, out));
    }

    private static int mergeOrders(
            PurchaseColumns rows, int[] idx, int from, int to, int[] orderDay, double[] orderAmount, int out) {
        sortSlice(idx, from, to, rows.orderKey());
        int first = out;
        for (int k = from; k < to; k++) {
            int row = idx[k];
            if (k > from && rows.orderKey()[row] == rows.orderKey()[idx[k - 1]]) {
                orderDay[out - 1] = Math.min(orderDay[out - 1], rows.day()[row]);
                orderAmount[out - 1] += rows.amount()[row];
            } else {
                orderDay[out] = rows.day()[row];
                orderAmount[out] = rows.amount()[row];
                out++;
            }
        }
        CustomerRows.sortByDay(orderDay, orderAmount, first, out);
        return out;
    }

    /**
     * Sorts one customer's row indexes by (order key, row): a total order, so the result is what a
     * stable sort by key gives. Shell sort (gaps 1, 4, 10, 23, 57, 132, 301, 701, then ×2.25, Ciura
     * 2001) on primitives: in place, and a customer with thousands of rows boxes nothing.
     */
    private static void sortSlice(int[] idx, int from, int to, long[] key) {
        int n = to - from;
        int[] gaps = new int[48];
        int count = 0;
        for (int g : new int[] {1, 4, 10, 23, 57, 132, 301, 701}) {
            if (g < n) {
                gaps[count++] = g;
            }
        }
        for (long g = 1578; g < n; g = (long) Math.ceil(g * 2.25)) {
            gaps[count++] = (int) g;
        }
        for (int g = count - 1; g >= 0; g--) {
            int step = gaps[g];
            for (int i = from + step; i < to; i++) {
                int v = idx[i];
                int j = i;
                while (j - step >= from && after(idx[j - step], v, key)) {
                    idx[j] = idx[j - step];
                    j -= step;
                }
                idx[j] = v;
            }
        }
    }

    private static boolean after(int row, int other, long[] key) {
        return key[row] > key[other] || (key[row] == key[other] && row > other);
    }
}
