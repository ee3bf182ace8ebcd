package io.segbot.mece;

import java.util.ArrayList;
import java.util.List;

/**
 * The half of the MECE proof that reads only the rule definitions: per dimension, that the tiers
 * partition the line ({@link TierPartition}), in this run's values and, for dimensions bounded only
 * by quantiles, in quantile levels too (so an overlap that rounding or degenerate data happens to
 * hide is still caught); then that no two rules share a point and how many tier-space cells exactly
 * one rule covers. A rule covers a product cell iff each of its tiers covers the cell's component,
 * so the number of rules covering a cell is the product of per-dimension counts; it is 1 iff every
 * factor is 1, hence cellsInExactlyOneRule = ∏ (cells covered once in dimension d).
 */
final class RuleSpaceCheck {
    final List<String> problems = new ArrayList<>();
    final List<String> overlapExamples = new ArrayList<>();
    long overlappingPairs;
    long cells = 1;
    long cellsInExactlyOneRule = 1;

    RuleSpaceCheck(TierSpace space, List<DimensionThresholds> thresholds) {
        int dimensions = space.dimensions.size();
        boolean[][][] overlaps = new boolean[dimensions][][];
        for (int d = 0; d < dimensions; d++) {
            overlaps[d] = checkDimension(space.dimensions.get(d), thresholds.get(d));
        }
        int[][] tiers = new int[space.size][dimensions];
        for (int rule = 0; rule < space.size; rule++) {
            for (int d = 0; d < dimensions; d++) {
                tiers[rule][d] = space.tier(rule, d);
            }
        }
        for (int i = 0; i < space.size; i++) {
            for (int j = i + 1; j < space.size; j++) {
                if (share(tiers[i], tiers[j], overlaps)) {
                    overlappingPairs++;
                    if (overlapExamples.size() < 5) {
                        overlapExamples.add(space.rule(i) + "  /  " + space.rule(j));
                    }
                }
            }
        }
    }

    private static boolean share(int[] first, int[] second, boolean[][][] overlaps) {
        for (int d = 0; d < first.length; d++) {
            if (!overlaps[d][first[d]][second[d]]) {
                return false;
            }
        }
        return true;
    }

    private boolean[][] checkDimension(DimensionDefinition dimension, DimensionThresholds resolved) {
        int count = dimension.tiers().size();
        String[] names = new String[count];
        double[] lowers = new double[count];
        double[] uppers = new double[count];
        double[] lowLevels = new double[count];
        double[] highLevels = new double[count];
        boolean resolvedAll = true;
        boolean quantilesOnly = true;
        for (int t = 0; t < count; t++) {
            TierDefinition tier = dimension.tiers().get(t);
            names[t] = tier.name();
            lowers[t] = resolved.tiers().get(t).lower();
            uppers[t] = resolved.tiers().get(t).upper();
            resolvedAll &= !Double.isNaN(lowers[t]) && !Double.isNaN(uppers[t]);
            quantilesOnly &= (tier.from() == null || tier.from().quantile())
                    && (tier.to() == null || tier.to().quantile());
            lowLevels[t] =
                    tier.from() == null ? Double.NEGATIVE_INFINITY : tier.from().number();
            highLevels[t] =
                    tier.to() == null ? Double.POSITIVE_INFINITY : tier.to().number();
        }
        boolean[][] overlaps = null;
        TierPartition counted = null;
        if (quantilesOnly) {
            counted = record(new TierPartition(dimension.name(), "quantile levels", names, lowLevels, highLevels));
            overlaps = counted.overlaps;
        }
        if (resolvedAll) {
            TierPartition values = record(new TierPartition(dimension.name(), "values", names, lowers, uppers));
            overlaps = overlaps == null ? values.overlaps : union(overlaps, values.overlaps);
            counted = values;
        }
        if (counted == null) {
            problems.add(dimension.name() + ": cannot verify the tiers: some bounds are absolute, and the"
                    + " quantile bounds have no values to resolve them");
            cells *= count + 1;
            cellsInExactlyOneRule = 0;
            return diagonal(count + 1);
        }
        cells *= counted.cells;
        cellsInExactlyOneRule *= counted.cellsInExactlyOneTier;
        return overlaps;
    }

    private TierPartition record(TierPartition partition) {
        problems.addAll(partition.problems);
        return partition;
    }

    private static boolean[][] union(boolean[][] first, boolean[][] second) {
        boolean[][] both = new boolean[first.length][first.length];
        for (int a = 0; a < first.length; a++) {
            for (int b = 0; b < first.length; b++) {
                both[a][b] = first[a][b] || second[a][b];
            }
        }
        return both;
    }

    /** Unknown overlaps: only a tier with itself (the failure is already recorded as a problem). */
    private static boolean[][] diagonal(int size) {
        boolean[][] matrix = new boolean[size][size];
        for (int i = 0; i < size; i++) {
            matrix[i][i] = true;
        }
        return matrix;
    }
}
