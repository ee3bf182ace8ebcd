package io.segbot.chat.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Known customer ids closest to an unknown one (at most two edits, ignoring case), for "did you mean". */
final class Closest {
    private static final int MAX_EDITS = 2;
    private static final int SHOWN = 3;

    private Closest() {}

    /**
     * Levenshtein distance ignoring case, or {@code limit + 1} as soon as every cell of a row
     * exceeds the limit: two rows, no allocation per character, so a million ids take milliseconds.
     */
    static int within(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            char ca = Character.toLowerCase(a.charAt(i - 1));
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Counts of each ASCII character, lower case (others share the last slot). */
    private static int[] histogram(String s) {
        int[] counts = new int[128];
        for (int i = 0; i < s.length(); i++) {
            counts[slot(s.charAt(i))]++;
        }
        return counts;
    }

    private static int slot(char ch) {
        return Math.min(127, Character.toLowerCase(ch));
    }

    /**
     * Every id's characters as {@link #slot}s in one array, for a cheap first test of all of them:
     * contiguous bytes instead of a million strings spread over the heap.
     */
    static final class Slots {
        final byte[] chars;
        final int[] start;

        Slots(String[] ids) {
            start = new int[ids.length + 1];
            for (int c = 0; c < ids.length; c++) {
                start[c + 1] = start[c] + ids[c].length();
            }
            chars = new byte[start[ids.length]];
            for (int c = 0; c < ids.length; c++) {
                for (int i = 0; i < ids[c].length(); i++) {
                    chars[start[c] + i] = (byte) slot(ids[c].charAt(i));
                }
            }
        }
    }

    /**
     * Whether id c may be within {@link #MAX_EDITS} of the target: each edit changes at most one
     * character of the multiset, so an id with more characters the target lacks than the edits left
     * over by the length difference is too far. Stops at the first character too many.
     */
    private static boolean mayBeNear(
            Slots slots, int c, int[] target, int targetLength, int[] used, int[] stamp, int version) {
        int length = slots.start[c + 1] - slots.start[c];
        int allowed = MAX_EDITS - Math.max(0, targetLength - length); // misses allowed among the id's characters
        if (Math.abs(length - targetLength) > MAX_EDITS) {
            return false;
        }
        int misses = 0;
        for (int i = slots.start[c]; i < slots.start[c + 1]; i++) {
            int ch = slots.chars[i];
            if (stamp[ch] != version) {
                stamp[ch] = version;
                used[ch] = 0;
            }
            if (used[ch]++ >= target[ch] && ++misses > allowed) {
                return false;
            }
        }
        return true;
    }

    static List<PlanResult.Row> ids(OrderBook book, String wanted) {
        String target = wanted.toLowerCase(Locale.ROOT);
        int[] targetChars = histogram(target);
        Slots slots = BookIndexes.of(book).idSlots(book);
        int[] used = new int[128];
        int[] stamp = new int[128];
        List<PlanResult.Row> near = new ArrayList<>();
        for (int c = 0; c < book.customers(); c++) {
            if (!mayBeNear(slots, c, targetChars, target.length(), used, stamp, c + 1)) {
                continue;
            }
            String id = book.ids()[c];
            int d = within(target, id, MAX_EDITS);
            if (d <= MAX_EDITS) {
                near.add(new PlanResult.Row(id, d, book.monetary()[c], book.frequency()[c]));
            }
        }
        near.sort(Comparator.comparingDouble(PlanResult.Row::value).thenComparing(PlanResult.Row::customerId));
        return near.subList(0, Math.min(SHOWN, near.size()));
    }
}
