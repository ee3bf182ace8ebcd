package io.segbot.chat.plan;

import io.segbot.analytics.CustomerHistory;
import io.segbot.analytics.PurchaseColumns;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.DatasetInfo;
import io.segbot.store.PurchaseStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds each run's {@link OrderBook} from the stored run (customer blocks) and the dataset's
 * stored orders (purchase blocks), once, on the first plan question about the run; runs never
 * change once stored. Thread-safe. Keeps the latest few books: a 1M-customer book is ~150 MB.
 */
public final class OrderBooks {
    private static final int KEEP = 2;

    private final RunRepository runs;
    private final PurchaseStore purchases;
    private final Map<Long, OrderBook> cache = new ConcurrentHashMap<>();

    public OrderBooks(RunRepository runs, PurchaseStore purchases) {
        this.runs = runs;
        this.purchases = purchases;
    }

    public OrderBook book(RunRecords.Run run, DatasetInfo dataset) {
        OrderBook book = cache.get(run.id());
        if (book != null) {
            return book;
        }
        synchronized (this) {
            book = cache.get(run.id());
            if (book == null) {
                if (cache.size() >= KEEP) {
                    cache.clear();
                }
                book = load(run, dataset);
                cache.put(run.id(), book);
            }
            return book;
        }
    }

    private OrderBook load(RunRecords.Run run, DatasetInfo dataset) {
        Columns c = new Columns();
        runs.forEachCustomer(run.id(), null, null, c::add);
        int[] offsets = null;
        int[] days = null;
        double[] amounts = null;
        if (dataset != null && dataset.kind().equals("transactions")) {
            PurchaseColumns.Builder rows =
                    new PurchaseColumns.Builder((int) Math.min(Integer.MAX_VALUE - 8, dataset.rowsImported()), (int)
                            Math.min(1 << 30, dataset.customers()));
            // customers numbered and order ids hashed from the stored bytes, as the analysis loads them
            purchases.forEachNumbered(dataset.id(), rows::customer, rows::add);
            CustomerHistory history = CustomerHistory.of(rows.build());
            int[][] csr = inRunOrder(history, c.ids);
            offsets = csr[0];
            days = csr[1];
            amounts = history.orderAmount();
            if (csr.length > 2) {
                amounts = reorderAmounts(history, csr[2]);
            }
        }
        return c.book(run, offsets, days, amounts);
    }

    /** The history's orders re-indexed to the run's customer order (usually the same order already). */
    private static int[][] inRunOrder(CustomerHistory h, List<String> runIds) {
        String[] ids = h.customerIds();
        boolean same = ids.length == runIds.size();
        for (int i = 0; same && i < ids.length; i++) {
            same = ids[i].equals(runIds.get(i));
        }
        if (same) {
            return new int[][] {h.offsets(), h.orderDay()};
        }
        Map<String, Integer> position = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            position.put(ids[i], i);
        }
        int n = runIds.size();
        int[] offsets = new int[n + 1];
        int[] source = new int[n];
        for (int c = 0; c < n; c++) {
            Integer at = position.get(runIds.get(c));
            source[c] = at == null ? -1 : at;
            offsets[c + 1] = offsets[c] + (at == null ? 0 : h.orders(at));
        }
        int[] days = new int[offsets[n]];
        int[] from = new int[offsets[n]];
        for (int c = 0; c < n; c++) {
            for (int k = 0; source[c] >= 0 && k < h.orders(source[c]); k++) {
                from[offsets[c] + k] = h.offsets()[source[c]] + k;
                days[offsets[c] + k] = h.orderDay()[from[offsets[c] + k]];
            }
        }
        return new int[][] {offsets, days, from};
    }

    private static double[] reorderAmounts(CustomerHistory h, int[] from) {
        double[] out = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            out[i] = h.orderAmount()[from[i]];
        }
        return out;
    }

    /** Run customers gathered into growing columns. */
    private static final class Columns {
        final List<String> ids = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final Map<String, Byte> labelIndex = new HashMap<>();
        int size;
        int[] frequency = new int[1024];
        double[] monetary = new double[1024];
        int[] recency = new int[1024];
        byte[] rfm = new byte[1024];
        int[] cluster = new int[1024];
        byte[] churn = new byte[1024];
        byte[] tier = new byte[1024];
        double[] clv = new double[1024];
        double[] predicted = new double[1024];
        double[] pAlive = new double[1024];
        boolean model = true;

        void add(RunRecords.Customer x) {
            if (size == frequency.length) {
                grow();
            }
            ids.add(x.customerId());
            frequency[size] = x.frequency();
            monetary[size] = x.monetary();
            recency[size] = x.recencyDays();
            rfm[size] = labelIndex.computeIfAbsent(x.rfmSegment(), l -> {
                labels.add(l);
                return (byte) (labels.size() - 1);
            });
            cluster[size] = x.cluster();
            churn[size] = (byte) Math.max(0, OrderBook.BANDS.indexOf(x.churnRisk()));
            tier[size] = (byte) Math.max(0, OrderBook.TIERS.indexOf(x.valueTier()));
            clv[size] = x.clvHorizon();
            model &= x.pAlive() != null && x.predictedClv() != null;
            predicted[size] = x.predictedClv() == null ? Double.NaN : x.predictedClv();
            pAlive[size] = x.pAlive() == null ? Double.NaN : x.pAlive();
            size++;
        }

        private void grow() {
            int n = frequency.length * 2;
            frequency = java.util.Arrays.copyOf(frequency, n);
            monetary = java.util.Arrays.copyOf(monetary, n);
            recency = java.util.Arrays.copyOf(recency, n);
            rfm = java.util.Arrays.copyOf(rfm, n);
            cluster = java.util.Arrays.copyOf(cluster, n);
            churn = java.util.Arrays.copyOf(churn, n);
            tier = java.util.Arrays.copyOf(tier, n);
            clv = java.util.Arrays.copyOf(clv, n);
            predicted = java.util.Arrays.copyOf(predicted, n);
            pAlive = java.util.Arrays.copyOf(pAlive, n);
        }

        OrderBook book(RunRecords.Run run, int[] offsets, int[] days, double[] amounts) {
            int n = size;
            return new OrderBook(
                    run.asOf(),
                    ids.toArray(new String[0]),
                    offsets,
                    days,
                    amounts,
                    java.util.Arrays.copyOf(frequency, n),
                    java.util.Arrays.copyOf(monetary, n),
                    java.util.Arrays.copyOf(recency, n),
                    java.util.Arrays.copyOf(rfm, n),
                    labels,
                    java.util.Arrays.copyOf(cluster, n),
                    java.util.Arrays.copyOf(churn, n),
                    java.util.Arrays.copyOf(tier, n),
                    java.util.Arrays.copyOf(clv, n),
                    model && n > 0 ? java.util.Arrays.copyOf(predicted, n) : null,
                    model && n > 0 ? java.util.Arrays.copyOf(pAlive, n) : null);
        }
    }
}
