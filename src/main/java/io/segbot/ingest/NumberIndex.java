package io.segbot.ingest;

/**
 * Numbers ids that are plain numbers: a map from non-negative longs to the ints {@link IdIndex}
 * hands out. Ids close together, the usual sequential customer numbers, live in a window: an array
 * indexed by {@code id - base}, which a file sorted by customer walks in order (a hashed table
 * touched a random cache line per new customer, a fifth of the import's CPU time at 1M customers).
 * The window grows while it stays at least a quarter full; ids far from it go to an open-addressing
 * table (linear probing, keys stored as value + 1 so that 0 marks an empty slot). An id is in one
 * of the two, whichever took it first. Not thread-safe.
 */
final class NumberIndex {
    private static final int MIN_WINDOW = 1 << 12;
    private static final int MAX_WINDOW = 1 << 30;

    private long base;
    private int[] window = new int[0]; // index + 1; 0: not in the window
    private int inWindow;
    private long[] keys = new long[1 << 4];
    private int[] values = new int[1 << 4];
    private int hashed;

    int size() {
        return inWindow + hashed;
    }

    /**
     * The index of {@code value} (0 ≤ value &lt; Long.MAX_VALUE); a value not seen before gets
     * {@code next}, which the caller then counts as used.
     */
    int index(long value, int next) {
        long offset = value - base;
        if (offset >= 0 && offset < window.length) {
            int here = window[(int) offset];
            if (here != 0) {
                return here - 1;
            }
            int found = hashed == 0 ? -1 : find(value);
            if (found >= 0) {
                return found; // hashed before the window grew over it
            }
            window[(int) offset] = next + 1;
            inWindow++;
            return next;
        }
        int found = hashed == 0 ? -1 : find(value);
        if (found >= 0) {
            return found;
        }
        if (widen(value)) {
            window[(int) (value - base)] = next + 1;
            inWindow++;
        } else {
            insert(value, next);
        }
        return next;
    }

    /** Grows the window to cover {@code value} if it then stays a quarter full; false otherwise. */
    private boolean widen(long value) {
        boolean first = window.length == 0;
        long low = first ? value : Math.min(base, value);
        long high = first ? value + 1 : Math.max(base + window.length, value + 1);
        long needed = high - low;
        if (needed > 4L * (inWindow + 1) + MIN_WINDOW || needed > MAX_WINDOW) {
            return false;
        }
        long length = Math.min(MAX_WINDOW, Math.max(needed, Math.max(MIN_WINDOW, 2L * window.length)));
        long newBase = first || value >= base ? low : Math.max(0, high - length);
        int[] grown = new int[(int) length];
        if (!first) {
            System.arraycopy(window, 0, grown, (int) (base - newBase), window.length);
        }
        window = grown;
        base = newBase;
        return true;
    }

    private int find(long value) {
        long key = value + 1;
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long here = keys[slot];
            if (here == key) {
                return values[slot];
            }
            if (here == 0) {
                return -1;
            }
        }
    }

    private void insert(long value, int index) {
        long key = value + 1;
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = index;
        if (++hashed * 4 > keys.length * 3) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** MurmurHash3's 64-bit finaliser (fmix64), so ids with a common stride spread over the table. */
    private static int mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        key *= 0xc4ceb9fe1a85ec53L;
        key ^= key >>> 33;
        return (int) key;
    }

    /**
     * The id as a number when it is written the one way that number is always written: 1 to 18
     * digits, no sign, no leading zero (except "0" itself); otherwise -1. "007" and "7" are
     * different ids, so "007" is not a number here.
     */
    static long canonical(String id) {
        int length = id.length();
        if (length == 0 || length > 18 || (id.charAt(0) == '0' && length > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
