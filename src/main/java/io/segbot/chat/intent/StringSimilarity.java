package io.segbot.chat.intent;

/** Edit distances for typo tolerance. Pure functions, allocation kept to one small table. */
final class StringSimilarity {
    private StringSimilarity() {}

    /**
     * Optimal-string-alignment distance (restricted Damerau-Levenshtein, Damerau 1964): insertions,
     * deletions, substitutions and transpositions of adjacent letters each cost 1, so "chrun" is 1
     * away from "churn". Stops early and returns {@code limit + 1} once every path exceeds limit.
     */
    static int damerauLevenshtein(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        // Three rolling rows (i-2, i-1, i) are all the recurrence reads: no per-call matrix.
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, before[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }

    /**
     * Jaro-Winkler similarity in [0, 1] (Winkler 1990), prefix scale 0.1 over at most 4 letters:
     * rewards typos late in a word, which is where people make them.
     */
    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(n, m) / 2 - 1);
        boolean[] matchedA = new boolean[n];
        boolean[] matchedB = new boolean[m];
        int matches = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - window); j < Math.min(m, i + window + 1); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transposed = 0;
        for (int i = 0, j = 0; i < n; i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transposed++;
                }
                j++;
            }
        }
        double jaro = ((double) matches / n + (double) matches / m + (matches - transposed / 2.0) / matches) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(n, m)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** Edits tolerated for a word of this length: none below 5 letters, 1 up to 8, then 2. */
    static int allowedEdits(int length) {
        if (length < 5) {
            return 0;
        }
        return length < 9 ? 1 : 2;
    }
}
