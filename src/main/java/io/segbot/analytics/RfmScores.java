package io.segbot.analytics;

import java.util.Arrays;

/**
 * RFM quintile scores (Hughes 1994), 1..5 each.
 *
 * <ul>
 *   <li>R and M: value bins with edges at the 20/40/60/80 % quantiles (type 7). A value equal to
 *       an edge stays in the lower bin, so ties always share a score. Low recency scores 5.
 *   <li>F: quintiles of the rank, ascending frequency with ties broken by customer id, as
 *       {@code F = 1 + floor(5 * (rank - 1) / n)}. Frequency is too tied for value bins (most
 *       customers buy once); breaking ties by id rather than by first purchase date does not bias F
 *       against recent customers.
 * </ul>
 *
 * <p>The 0–100 score is the prototype's normalised figure: {@code (R + F + M - 3) / 12 * 100}.
 *
 * @param recencyEdges the four recency quintile edges, in days
 * @param monetaryEdges the four monetary quintile edges
 */
public record RfmScores(
        byte[] r,
        byte[] f,
        byte[] m,
        double[] score100,
        RfmSegment[] segment,
        double[] recencyEdges,
        double[] monetaryEdges) {

    /** The probabilities of the four quintile edges of R and M. */
    public static final double[] QUINTILES = {0.2, 0.4, 0.6, 0.8};

    public static RfmScores of(CustomerMetrics metrics) {
        int n = metrics.size();
        byte[] r = new byte[n];
        byte[] f = new byte[n];
        byte[] m = new byte[n];
        double[] score = new double[n];
        RfmSegment[] segment = new RfmSegment[n];
        if (n == 0) {
            return new RfmScores(r, f, m, score, segment, new double[0], new double[0]);
        }
        int[] recencyDays = metrics.recencyDays();
        double[] monetary = metrics.monetary();
        double[] recencyEdges = Quantiles.edges(recencyDays, QUINTILES);
        double[] monetaryEdges = Quantiles.edges(monetary, QUINTILES);
        int[] frequencyRank = frequencyRanks(metrics.frequency(), metrics.ids());
        for (int c = 0; c < n; c++) {
            r[c] = (byte) recencyScore(recencyDays[c], recencyEdges);
            m[c] = (byte) monetaryScore(monetary[c], monetaryEdges);
            f[c] = (byte) frequencyScore(frequencyRank[c], n);
            score[c] = score100(r[c], f[c], m[c]);
            segment[c] = RfmSegment.of(r[c], f[c]);
        }
        return new RfmScores(r, f, m, score, segment, recencyEdges, monetaryEdges);
    }

    /** R of one customer: 5 for the most recent quintile. */
    public static int recencyScore(double recencyDays, double[] recencyEdges) {
        return 6 - Quantiles.bin(recencyDays, recencyEdges);
    }

    public static int monetaryScore(double monetary, double[] monetaryEdges) {
        return Quantiles.bin(monetary, monetaryEdges);
    }

    /** F of the customer at zero-based {@code rank} by (frequency, customer id) among {@code n}. */
    public static int frequencyScore(long rank, long n) {
        return 1 + (int) (5L * rank / n);
    }

    public static double score100(int r, int f, int m) {
        return (r + f + m - 3) / 12.0 * 100.0;
    }

    /**
     * Zero-based rank of each customer by (frequency, customer id): the customers in id order ({@link
     * IdOrder}), then a stable counting sort by frequency (frequencies are small counts), or a sort
     * of (frequency, id position) pairs packed in longs when they are not.
     */
    static int[] frequencyRanks(int[] frequency, String[] ids) {
        int n = ids.length;
        int[] byId = IdOrder.ascending(ids);
        if (byId == null) {
            return comparatorRanks(frequency, ids);
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int value : frequency) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        int[] rank = new int[n];
        if (min >= 0 && max <= 4L * n) {
            int[] next = new int[max + 2];
            for (int value : frequency) {
                next[value + 1]++;
            }
            for (int value = 1; value < next.length; value++) {
                next[value] += next[value - 1];
            }
            for (int customer : byId) {
                rank[customer] = next[frequency[customer]]++;
            }
            return rank;
        }
        long[] packed = new long[n];
        for (int position = 0; position < n; position++) {
            packed[position] = (long) frequency[byId[position]] << 32 | position;
        }
        Arrays.sort(packed);
        for (int i = 0; i < n; i++) {
            rank[byId[(int) packed[i]]] = i;
        }
        return rank;
    }

    /** The reference order, by a comparator over boxed indexes: for ids that mix numbers and text. */
    private static int[] comparatorRanks(int[] frequency, String[] ids) {
        int n = ids.length;
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int byFrequency = Integer.compare(frequency[a], frequency[b]);
            return byFrequency != 0 ? byFrequency : compareIds(ids[a], ids[b]);
        });
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** Numeric ids compare as numbers (so 9 precedes 10), anything else as text: F's tie-break. */
    public static int compareIds(String a, String b) {
        boolean numericA = isDigits(a);
        boolean numericB = isDigits(b);
        if (numericA && numericB) {
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
