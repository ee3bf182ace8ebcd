package io.segbot.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * Purchases in columnar form: one array per field, customers interned to dense indexes. A million
 * customers with ten million order lines fit in a few hundred megabytes this way, where a list of
 * objects would not.
 *
 * @param customerIds the distinct customer ids, indexed by {@code customer[i]}
 * @param customer the customer index of each purchase row
 * @param day the epoch day of each purchase row
 * @param amount the revenue of each purchase row
 * @param orderKey a 64-bit hash of each row's order id; rows of one customer with equal keys are
 *     one order (two different order ids of one customer colliding is a 2^-64 event)
 * @param size the number of rows in use (arrays may be longer)
 */
public record PurchaseColumns(
        String[] customerIds, int[] customer, int[] day, double[] amount, long[] orderKey, int size) {
    public PurchaseColumns {
        if (size < 0 || customer.length < size || day.length < size || amount.length < size || orderKey.length < size) {
            throw new IllegalArgumentException("columns shorter than size " + size);
        }
    }

    /** Builds columns from purchase records (convenient for tests and small files). */
    public static PurchaseColumns of(List<Purchase> purchases) {
        Builder builder = new Builder(purchases.size());
        for (Purchase purchase : purchases) {
            builder.add(purchase.customerId(), purchase.orderId(), purchase.date(), purchase.amount());
        }
        return builder.build();
    }

    /** 64-bit FNV-1a of the order id: cheap, well spread, and stable across runs. */
    public static long orderKey(String orderId) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < orderId.length(); i++) {
            hash ^= orderId.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * Appends rows, growing the arrays geometrically. Customers come either numbered (stored orders
     * number them: {@link #customer} then {@link #add(int, long, int, double)}, no hashing) or by id,
     * interned into dense indexes through an open-addressing table of ints (no boxed entries: ten
     * million customers would otherwise cost about a gigabyte of map nodes), where consecutive rows
     * of one customer, the usual order of a file, skip the lookup. One builder takes one of the two.
     * Not thread-safe.
     */
    public static final class Builder {
        private String[] ids = new String[16];
        private int distinct;
        private int[] table = new int[64];
        private String lastId;
        private int lastIndex;
        private int[] customer;
        private int[] day;
        private double[] amount;
        private long[] orderKey;
        private int size;

        /** @param expectedCustomers how many customers {@link #customer} will name (a hint, as expectedRows) */
        public Builder(int expectedRows, int expectedCustomers) {
            this(expectedRows);
            ids = new String[Math.max(16, expectedCustomers)];
        }

        public Builder(int expectedRows) {
            int capacity = Math.max(16, expectedRows);
            customer = new int[capacity];
            day = new int[capacity];
            amount = new double[capacity];
            orderKey = new long[capacity];
        }

        public void add(String customerId, String orderId, LocalDate date, double value) {
            add(customerId, orderKey(orderId), (int) date.toEpochDay(), value);
        }

        /** Names customer {@code index}: customers are numbered 0, 1, 2, ... in order, before their rows. */
        public void customer(int index, String customerId) {
            if (table != null && distinct > 0) {
                throw new IllegalStateException("this builder numbers customers by their ids");
            }
            table = null;
            if (index != distinct) {
                throw new IllegalArgumentException("customer number " + index + " where " + distinct + " was next");
            }
            if (distinct == ids.length) {
                ids = java.util.Arrays.copyOf(ids, ids.length * 2);
            }
            ids[distinct++] = customerId;
        }

        /** Appends a row of a customer already named by {@link #customer}. */
        public void add(int customerIndex, long order, int epochDay, double value) {
            if (customerIndex < 0 || customerIndex >= distinct || table != null) {
                throw new IllegalArgumentException("customer number " + customerIndex + " is not one of the " + distinct
                        + " named with customer(index, id)");
            }
            if (size == customer.length) {
                grow();
            }
            customer[size] = customerIndex;
            day[size] = epochDay;
            amount[size] = value;
            orderKey[size] = order;
            size++;
        }

        public void add(String customerId, long order, int epochDay, double value) {
            if (table == null) {
                throw new IllegalStateException("this builder takes numbered customers");
            }
            if (size == customer.length) {
                grow();
            }
            if (customerId != lastId) { // the same string object: the same customer as the last row
                lastIndex = intern(customerId);
                lastId = customerId;
            }
            customer[size] = lastIndex;
            day[size] = epochDay;
            amount[size] = value;
            orderKey[size] = order;
            size++;
        }

        private int intern(String id) {
            int mask = table.length - 1;
            for (int slot = spread(id.hashCode()) & mask; ; slot = (slot + 1) & mask) {
                int entry = table[slot] - 1;
                if (entry < 0) {
                    if (distinct == ids.length) {
                        ids = java.util.Arrays.copyOf(ids, ids.length * 2);
                    }
                    ids[distinct] = id;
                    table[slot] = ++distinct;
                    if (distinct * 2 > table.length) {
                        rehash();
                    }
                    return distinct - 1;
                }
                if (ids[entry].equals(id)) {
                    return entry;
                }
            }
        }

        private void rehash() {
            table = new int[table.length * 2];
            int mask = table.length - 1;
            for (int entry = 0; entry < distinct; entry++) {
                int slot = spread(ids[entry].hashCode()) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry + 1;
            }
        }

        /** MurmurHash3's final mix, so sequential ids do not cluster in the table. */
        private static int spread(int h) {
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            h *= 0xc2b2ae35;
            return h ^ (h >>> 16);
        }

        private void grow() {
            int capacity = customer.length * 2;
            customer = java.util.Arrays.copyOf(customer, capacity);
            day = java.util.Arrays.copyOf(day, capacity);
            amount = java.util.Arrays.copyOf(amount, capacity);
            orderKey = java.util.Arrays.copyOf(orderKey, capacity);
        }

        public PurchaseColumns build() {
            return new PurchaseColumns(java.util.Arrays.copyOf(ids, distinct), customer, day, amount, orderKey, size);
        }
    }
}
