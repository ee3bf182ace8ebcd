package io.segbot.analytics;

import java.util.Arrays;
import java.util.stream.IntStream;

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

    /** Customers per chunk of the parallel merge: fixed, so the result never depends on the machine. */
    static final int CHUNK = 1 << 16;

    /** Ciura's (2001) gaps for the Shell sort of long slices. */
    private static final int[] CIURA = {1, 4, 10, 23, 57, 132, 301, 701};

    /**
     * Groups columnar purchase rows; runs in O(rows) plus small per-customer sorts. Customers are
     * merged in chunks on all cores: chunk {@code j} writes its orders from its first row's position
     * (a customer has at most as many orders as rows), and the chunks are then moved together in
     * order, so the result is the same on any number of threads.
     */
    public static CustomerHistory of(PurchaseColumns rows) {
        int customers = rows.customerIds().length;
        int[] start = CustomerRows.offsets(rows.customer(), rows.size(), customers);
        int[] byCustomer = byCustomer(rows, start, customers);
        int[] offsets = new int[customers + 1];
        int[] orderDay = new int[rows.size()];
        double[] orderAmount = new double[rows.size()];
        int chunks = (customers + CHUNK - 1) / CHUNK;
        int[] ends = new int[chunks];
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(chunk -> {
            int out = start[chunk * CHUNK];
            for (int c = chunk * CHUNK; c < Math.min(customers, (chunk + 1) * CHUNK); c++) {
                offsets[c] = out;
                out = mergeOrders(rows, byCustomer, start[c], start[c + 1], orderDay, orderAmount, out);
            }
            ends[chunk] = out;
        });
        int out = 0;
        for (int chunk = 0; chunk < chunks; chunk++) {
            int from = start[chunk * CHUNK];
            int shift = from - out;
            int length = ends[chunk] - from;
            System.arraycopy(orderDay, from, orderDay, out, length);
            System.arraycopy(orderAmount, from, orderAmount, out, length);
            for (int c = chunk * CHUNK; c < Math.min(customers, (chunk + 1) * CHUNK); c++) {
                offsets[c] -= shift;
            }
            out += length;
        }
        offsets[customers] = out;
        return new CustomerHistory(
                rows.customerIds(), offsets, Arrays.copyOf(orderDay, out), Arrays.copyOf(orderAmount, out));
    }

    /** Row indexes grouped by customer (a counting sort); rows already grouped, the usual file, as they are. */
    private static int[] byCustomer(PurchaseColumns rows, int[] start, int customers) {
        int[] byCustomer = new int[rows.size()];
        int[] customer = rows.customer();
        boolean grouped = true;
        for (int i = 0; i < rows.size() && grouped; i++) {
            grouped = i >= start[customer[i]] && i < start[customer[i] + 1];
        }
        if (grouped) {
            Arrays.setAll(byCustomer, i -> i);
            return byCustomer;
        }
        int[] fill = Arrays.copyOf(start, customers);
        for (int i = 0; i < rows.size(); i++) {
            byCustomer[fill[customer[i]]++] = i;
        }
        return byCustomer;
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
        if (n <= 16) {
            insertionSort(idx, from, to, key); // the usual customer: no gap array to allocate
            return;
        }
        int[] gaps = new int[48];
        int count = 0;
        for (int g : CIURA) {
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

    /** Shell sort's last pass (gap 1) alone: the same total order, so the same result. */
    private static void insertionSort(int[] idx, int from, int to, long[] key) {
        for (int i = from + 1; i < to; i++) {
            int v = idx[i];
            int j = i;
            while (j > from && after(idx[j - 1], v, key)) {
                idx[j] = idx[j - 1];
                j--;
            }
            idx[j] = v;
        }
    }

    private static boolean after(int row, int other, long[] key) {
        return key[row] > key[other] || (key[row] == key[other] && row > other);
    }
}
