package io.segbot.analytics;

import java.util.Arrays;

/**
 * Customers in ascending id order, as {@link RfmScores#compareIds} orders ids (numbers as numbers,
 * anything else as text), without boxing a million indexes: ids already in that order (a file
 * sorted by customer, the usual export) cost one pass; unsorted plain numbers one sort of longs.
 */
final class IdOrder {
    private IdOrder() {}

    /**
     * The customer indexes in ascending id order, or null when the ids mix numbers and text: there
     * {@code compareIds} is not transitive ("9" &lt; "10" as numbers, "10" &lt; "1a" &lt; "9" as text),
     * so only the comparator sort it was always given defines the order.
     */
    static int[] ascending(String[] ids) {
        int n = ids.length;
        int numbers = 0;
        boolean sorted = true;
        boolean previousDigits = false;
        for (int c = 0; c < n; c++) {
            boolean digits = RfmScores.isDigits(ids[c]);
            numbers += digits ? 1 : 0;
            if (sorted && c > 0) {
                // compareIds: two numbers by length, then digit by digit; anything else as text
                int order = digits && previousDigits ? Integer.compare(ids[c - 1].length(), ids[c].length()) : 0;
                sorted = order < 0 || order == 0 && ids[c - 1].compareTo(ids[c]) < 0;
            }
            previousDigits = digits;
        }
        if (numbers != 0 && numbers != n) {
            return null;
        }
        if (sorted) {
            int[] identity = new int[n];
            Arrays.setAll(identity, c -> c);
            return identity;
        }
        int[] byValue = numbers == n ? byNumericValue(ids) : null;
        return byValue != null ? byValue : byComparator(ids);
    }

    /**
     * Plain ASCII numbers of up to 18 digits without a leading zero: their numeric order is {@code
     * compareIds}' order (by length, then digit by digit). Null when an id is longer, uses other
     * digits, or two ids are the same number.
     */
    private static int[] byNumericValue(String[] ids) {
        long[] values = new long[ids.length];
        for (int c = 0; c < ids.length; c++) {
            values[c] = asciiNumber(ids[c]);
            if (values[c] < 0) {
                return null;
            }
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return null;
            }
        }
        int[] order = new int[ids.length];
        for (int c = 0; c < ids.length; c++) {
            order[Arrays.binarySearch(sorted, values[c])] = c;
        }
        return order;
    }

    private static long asciiNumber(String id) {
        if (id.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < id.length(); i++) {
            char digit = id.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    private static int[] byComparator(String[] ids) {
        Integer[] boxed = new Integer[ids.length];
        Arrays.setAll(boxed, c -> c);
        Arrays.sort(boxed, (a, b) -> RfmScores.compareIds(ids[a], ids[b]));
        int[] order = new int[ids.length];
        Arrays.setAll(order, i -> boxed[i]);
        return order;
    }
}
