package io.segbot.mece;

import java.util.Arrays;
import java.util.List;

/**
 * Puts each universe user in the combination of its tiers (hot path: primitive arrays only). A value
 * takes the first tier that contains it; a missing value takes {@code Other}. Alongside, it counts
 * how many rules each user satisfies — the product over dimensions of the tiers containing the value
 * — so that overlapping or gapped tiers show up in the proof as users in several rules or in none.
 */
final class Assigner {
    static final int UNASSIGNED = -1;

    /** Combination of each user, or {@link #UNASSIGNED} when some value fell in no tier. */
    final int[] bucket;
    /** How many rules each user's values satisfy; 1 for a MECE rule set. */
    final int[] rulesMatched;
    /** Users satisfying no rule / more than one rule. */
    int inNoRule;

    int inSeveralRules;

    Assigner(TierSpace space, List<DimensionThresholds> thresholds, double[][] values, int users) {
        bucket = new int[users];
        rulesMatched = new int[users];
        Arrays.fill(rulesMatched, 1);
        for (int d = 0; d < space.dimensions.size(); d++) {
            assignDimension(space, d, thresholds.get(d).tiers(), values[d], rulesMatched);
        }
        for (int user = 0; user < users; user++) {
            if (rulesMatched[user] == 0) {
                inNoRule++;
            } else if (rulesMatched[user] > 1) {
                inSeveralRules++;
            }
        }
    }

    private void assignDimension(
            TierSpace space, int d, List<ResolvedTier> tiers, double[] values, int[] rulesMatched) {
        int count = tiers.size();
        double[] lowers = new double[count];
        double[] uppers = new double[count];
        for (int t = 0; t < count; t++) {
            lowers[t] = tiers.get(t).lower();
            uppers[t] = tiers.get(t).upper();
        }
        int stride = space.stride[d];
        int other = space.otherTier(d);
        for (int user = 0; user < values.length; user++) {
            double value = values[user];
            int first = other;
            int matches = 1;
            if (!Double.isNaN(value)) {
                first = UNASSIGNED;
                matches = 0;
                for (int t = count - 1; t >= 0; t--) {
                    if (value >= lowers[t] && value < uppers[t]) {
                        first = t;
                        matches++;
                    }
                }
            }
            rulesMatched[user] *= matches;
            if (first == UNASSIGNED || bucket[user] == UNASSIGNED) {
                bucket[user] = UNASSIGNED;
            } else {
                bucket[user] += first * stride;
            }
        }
    }
}
