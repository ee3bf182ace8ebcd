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
        double[] recency = Arrays.stream(metrics.recencyDays()).asDoubleStream().toArray();
        double[] recencyEdges = Quantiles.edges(recency, QUINTILES);
        double[] monetaryEdges = Quantiles.edges(metrics.monetary(), QUINTILES);
        int[] frequencyRank = frequencyRanks(metrics);
        for (int c = 0; c < n; c++) {
            r[c] = (byte) recencyScore(recency[c], recencyEdges);
            m[c] = (byte) monetaryScore(metrics.monetary()[c], monetaryEdges);
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

    /** Zero-based rank of each customer by (frequency, customer id). */
    private static int[] frequencyRanks(CustomerMetrics metrics) {
        int n = metrics.size();
        Integer[] order = new Integer[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int byFrequency = Integer.compare(metrics.frequency()[a], metrics.frequency()[b]);
            return byFrequency != 0 ? byFrequency : compareIds(metrics.ids()[a], metrics.ids()[b]);
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

    private static boolean isDigits(String s) {
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
