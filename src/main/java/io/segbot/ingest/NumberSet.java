package io.segbot.ingest;

/**
 * An exact set of non-negative longs (open addressing, linear probing, keys stored as value + 1 so
 * that 0 marks an empty slot), for ids that are plain numbers. Not thread-safe.
 */
final class NumberSet {
    private long[] table = new long[1 << 12];
    private int size;

    int size() {
        return size;
    }

    /** Adds {@code value} (0 ≤ value < Long.MAX_VALUE); false when it was already there. */
    boolean add(long value) {
        long key = value + 1;
        int mask = table.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long here = table[slot];
            if (here == 0) {
                table[slot] = key;
                if (++size * 4 > table.length * 3) {
                    grow();
                }
                return true;
            }
            if (here == key) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long key : old) {
            if (key != 0) {
                int slot = mix(key) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = key;
            }
        }
    }

    /** MurmurHash3's 64-bit finaliser (fmix64), so sequential ids spread over the table. */
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
