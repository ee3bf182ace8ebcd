package io.segbot.mece;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks, from a dimension's tier intervals alone, that they partition the number line: the tier
 * boundaries cut the line into elementary cells (−∞, b1), [b1, b2), …, [bk, +∞); because every tier
 * endpoint is a boundary, each cell lies wholly inside or outside each tier, and each cell is tested
 * by its left end. A partition puts every cell in exactly one tier. The missing-value cell belongs to
 * {@code Other} alone, so it is counted as one more cell covered once.
 */
final class TierPartition {
    /** overlaps[a][b]: tiers a and b share a cell; the last index is Other. */
    final boolean[][] overlaps;

    final int cells;
    final int cellsInExactlyOneTier;
    final List<String> problems = new ArrayList<>();

    TierPartition(String dimension, String space, String[] names, double[] lowers, double[] uppers) {
        int tiers = names.length;
        overlaps = new boolean[tiers + 1][tiers + 1];
        overlaps[tiers][tiers] = true;
        double[] boundaries = boundaries(lowers, uppers);
        cells = boundaries.length + 2;
        int once = 1;
        for (int cell = 0; cell <= boundaries.length; cell++) {
            double left = cell == 0 ? Double.NEGATIVE_INFINITY : boundaries[cell - 1];
            double right = cell == boundaries.length ? Double.POSITIVE_INFINITY : boundaries[cell];
            List<Integer> holders = new ArrayList<>();
            for (int tier = 0; tier < tiers; tier++) {
                if (left >= lowers[tier] && left < uppers[tier]) {
                    holders.add(tier);
                }
            }
            for (int a : holders) {
                for (int b : holders) {
                    overlaps[a][b] = true;
                }
            }
            if (holders.size() == 1) {
                once++;
            } else {
                problems.add(describe(dimension, space, left, right, holders, names));
            }
        }
        cellsInExactlyOneTier = once;
    }

    private static double[] boundaries(double[] lowers, double[] uppers) {
        double[] all = new double[lowers.length * 2];
        int count = 0;
        for (int i = 0; i < lowers.length; i++) {
            for (double bound : new double[] {lowers[i], uppers[i]}) {
                if (Double.isFinite(bound)) {
                    all[count++] = bound;
                }
            }
        }
        return Arrays.stream(all, 0, count).sorted().distinct().toArray();
    }

    private static String describe(
            String dimension, String space, double left, double right, List<Integer> holders, String[] names) {
        String cell = new ResolvedTier("", left, right).interval();
        if (holders.isEmpty()) {
            return dimension + ": " + space + " " + cell + " fall in no tier (gap)";
        }
        List<String> tierNames = holders.stream().map(i -> names[i]).toList();
        return dimension + ": " + space + " " + cell + " fall in " + holders.size() + " tiers " + tierNames
                + " (overlap)";
    }
}
