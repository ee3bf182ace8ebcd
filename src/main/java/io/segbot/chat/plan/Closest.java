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

    /** Counts of each ASCII character (others share the last slot). */
    private static int[] histogram(String s) {
        int[] counts = new int[128];
        for (int i = 0; i < s.length(); i++) {
            counts[Math.min(127, s.charAt(i))]++;
        }
        return counts;
    }

    /**
     * Characters two strings share as multisets (ignoring case): each edit changes at most one, so
     * the distance is at least {@code max(length) - shared}, a cheap test before Levenshtein.
     */
    private static int common(int[] target, String id, int[] scratch) {
        int shared = 0;
        for (int i = 0; i < id.length(); i++) {
            int ch = Math.min(127, Character.toLowerCase(id.charAt(i)));
            if (scratch[ch]++ < target[ch]) {
                shared++;
            }
        }
        for (int i = 0; i < id.length(); i++) {
            scratch[Math.min(127, Character.toLowerCase(id.charAt(i)))] = 0;
        }
        return shared;
    }

    static List<PlanResult.Row> ids(OrderBook book, String wanted) {
        String target = wanted.toLowerCase(Locale.ROOT);
        int[] targetChars = histogram(target);
        int[] idChars = new int[128];
        List<PlanResult.Row> near = new ArrayList<>();
        for (int c = 0; c < book.customers(); c++) {
            String id = book.ids()[c];
            if (Math.abs(id.length() - target.length()) > MAX_EDITS
                    || Math.max(id.length(), target.length()) - common(targetChars, id, idChars) > MAX_EDITS) {
                continue;
            }
            int d = within(target, id, MAX_EDITS);
            if (d <= MAX_EDITS) {
                near.add(new PlanResult.Row(id, d, book.monetary()[c], book.frequency()[c]));
            }
        }
        near.sort(Comparator.comparingDouble(PlanResult.Row::value).thenComparing(PlanResult.Row::customerId));
        return near.subList(0, Math.min(SHOWN, near.size()));
    }
}
