package io.segbot.chat.plan;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * What questions derive from an {@link OrderBook} and every later question reuses: the orders by
 * day, a case-insensitive id index, and the sorted values of whole-book distributions. Each is built
 * on first use and kept as long as the book (books are dropped by {@link OrderBooks}; the map holds
 * them weakly, and nothing kept here refers back to the book). Thread-safe.
 */
final class BookIndexes {
    private static final Map<String[], BookIndexes> BY_BOOK = new WeakHashMap<>();

    private OrderDays days;
    private Cohorts cohorts;
    private Closest.Slots idSlots;
    private int[][] firstLastDays;
    private AttributeTallies attributes;
    private Map<String, Integer> caseless;
    private final Map<Measure, double[]> sorted = new EnumMap<>(Measure.class);
    private final Map<String, Tally> tallies = new HashMap<>();

    private BookIndexes() {}

    /** The indexes of a book (keyed by its id array, which nothing here holds strongly). */
    static BookIndexes of(OrderBook book) {
        synchronized (BY_BOOK) {
            return BY_BOOK.computeIfAbsent(book.ids(), ids -> new BookIndexes());
        }
    }

    /** The book's orders by day; the book must hold orders. */
    synchronized OrderDays days(OrderBook book) {
        if (days == null) {
            days = new OrderDays(book);
        }
        return days;
    }

    /** The book's customers by the day of their first order; the book must hold orders. */
    synchronized Cohorts cohorts(OrderBook book) {
        if (cohorts == null) {
            cohorts = new Cohorts(book, days(book));
        }
        return cohorts;
    }

    /**
     * Each customer's first and last order day ({@code Integer.MAX_VALUE} and {@code MIN_VALUE}
     * without orders): two sequential arrays for the lifecycle filters, instead of reading the
     * orders of every customer.
     */
    synchronized int[][] firstLastDays(OrderBook book) {
        if (firstLastDays == null) {
            int[] first = new int[book.customers()];
            int[] last = new int[book.customers()];
            for (int c = 0; c < first.length; c++) {
                first[c] = Populations.firstDay(book, c);
                last[c] = Populations.lastDay(book, c);
            }
            firstLastDays = new int[][] {first, last};
        }
        return firstLastDays;
    }

    /** Every customer id's characters in one array, for "did you mean". */
    synchronized Closest.Slots idSlots(OrderBook book) {
        if (idSlots == null) {
            idSlots = new Closest.Slots(book.ids());
        }
        return idSlots;
    }

    /** Every segment's, cluster's, tier's and churn band's lifetime figures. */
    synchronized AttributeTallies attributes(OrderBook book) {
        if (attributes == null) {
            attributes = new AttributeTallies(book, book.hasOrders() ? days(book) : null);
        }
        return attributes;
    }

    /** Sorted values of a whole-book distribution, computed once. */
    synchronized double[] sorted(Measure measure, Supplier<double[]> sort) {
        return sorted.computeIfAbsent(measure, m -> sort.get());
    }

    /** A tally that does not depend on the question (everyone's customer figures), computed once; do not change it. */
    synchronized Tally tally(String key, Supplier<Tally> compute) {
        return tallies.computeIfAbsent(key, k -> compute.get());
    }

    /** Index of a customer id, or -1; ids compare ignoring case when no exact match exists. */
    int indexOf(OrderBook book, String id) {
        Integer found = caseless(book.ids()).get(id.toLowerCase(Locale.ROOT));
        if (found == null) {
            return -1;
        }
        if (book.ids()[found].equals(id)) {
            return found;
        }
        for (int c = 0; c < book.customers(); c++) { // ids differing only in case are rare: an exact match wins
            if (book.ids()[c].equals(id)) {
                return c;
            }
        }
        return found;
    }

    private synchronized Map<String, Integer> caseless(String[] ids) {
        if (caseless == null) {
            caseless = new HashMap<>(ids.length * 2);
            for (int c = ids.length - 1; c >= 0; c--) {
                caseless.put(ids[c].toLowerCase(Locale.ROOT), c); // of ids equal but for case, the first wins
            }
        }
        return caseless;
    }
}
