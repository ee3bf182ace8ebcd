package io.segbot.mece;

import java.util.ArrayList;
import java.util.List;

/** Builds the {@link MeceProof} from a run's assignments and its rule definitions. */
final class ProofChecker {
    private ProofChecker() {}

    /**
     * @param userIds id of each universe user
     * @param values values[d][user], NaN where missing
     * @param segment final segment of each user, −1 when unassigned
     * @param segmentSizes sizes as the run reports them
     */
    static MeceProof check(
            TierSpace space,
            List<DimensionThresholds> thresholds,
            String[] userIds,
            double[][] values,
            Assigner assigner,
            int[] segment,
            int[] segmentSizes) {
        int universe = userIds.length;
        RuleSpaceCheck rules = new RuleSpaceCheck(space, thresholds);
        boolean[] duplicated = new boolean[universe];
        List<String> duplicateExamples = new ArrayList<>();
        int duplicates = DuplicateIds.mark(userIds, duplicated, duplicateExamples);
        Counts counts = Counts.of(segment, segmentSizes, duplicated, assigner);
        int breaking = usersBreakingTheirRule(space, thresholds, values, assigner.bucket);
        List<String> failures = new ArrayList<>();
        require(
                failures,
                counts.unassigned == 0,
                counts.unassigned + " users are in no segment (a value fell in no tier)");
        require(failures, assigner.inSeveralRules == 0, assigner.inSeveralRules + " users satisfy several rules");
        require(failures, duplicates == 0, duplicates + " duplicate user ids, e.g. " + duplicateExamples);
        require(
                failures,
                counts.sum == universe,
                "segment sizes sum to " + counts.sum + ", not the universe " + universe);
        require(failures, counts.recountMatches, "reported segment sizes differ from the assignments");
        require(failures, breaking == 0, breaking + " users do not satisfy their bucket's rule");
        requireRuleSpace(failures, rules);
        return new MeceProof(
                universe,
                counts.exactlyOnce,
                counts.unassigned,
                assigner.inSeveralRules,
                duplicates,
                duplicateExamples,
                counts.sum,
                breaking,
                space.size,
                rules.overlappingPairs,
                rules.overlapExamples,
                rules.cells,
                rules.cellsInExactlyOneRule,
                rules.problems,
                emptyCombinations(space, assigner.bucket),
                failures);
    }

    /** Users assigned exactly once, users unassigned, the recount's total and whether it matches the reported sizes. */
    private record Counts(int exactlyOnce, int unassigned, long sum, boolean recountMatches) {
        static Counts of(int[] segment, int[] segmentSizes, boolean[] duplicated, Assigner assigner) {
            int[] recount = new int[segmentSizes.length];
            int exactlyOnce = 0;
            int unassigned = 0;
            for (int user = 0; user < segment.length; user++) {
                if (segment[user] < 0) {
                    unassigned++;
                    continue;
                }
                recount[segment[user]]++;
                if (!duplicated[user] && assigner.rulesMatched[user] == 1) {
                    exactlyOnce++;
                }
            }
            long sum = 0;
            boolean recountMatches = true;
            for (int s = 0; s < segmentSizes.length; s++) {
                sum += recount[s];
                recountMatches &= recount[s] == segmentSizes[s];
            }
            return new Counts(exactlyOnce, unassigned, sum, recountMatches);
        }
    }

    /** The rules, checked on the tier space alone: pairwise disjoint, covering, over partitioning tiers. */
    private static void requireRuleSpace(List<String> failures, RuleSpaceCheck rules) {
        require(
                failures,
                rules.overlappingPairs == 0,
                rules.overlappingPairs + " pairs of rules overlap, e.g. " + rules.overlapExamples);
        require(failures, rules.problems.isEmpty(), "tiers do not partition: " + String.join("; ", rules.problems));
        require(
                failures,
                rules.cellsInExactlyOneRule == rules.cells,
                (rules.cells - rules.cellsInExactlyOneRule) + " of " + rules.cells
                        + " tier-space cells are not in exactly one rule");
    }

    /** The rules of the tier combinations no user fell in. */
    private static List<String> emptyCombinations(TierSpace space, int[] bucket) {
        int[] bucketSizes = new int[space.size];
        for (int b : bucket) {
            if (b >= 0) {
                bucketSizes[b]++;
            }
        }
        List<String> empty = new ArrayList<>();
        for (int combination = 0; combination < space.size; combination++) {
            if (bucketSizes[combination] == 0) {
                empty.add(space.rule(combination));
            }
        }
        return empty;
    }

    private static void require(List<String> failures, boolean holds, String failure) {
        if (!holds) {
            failures.add(failure);
        }
    }

    /** Re-evaluates each assigned user's values against its bucket's rule, tier by tier. */
    private static int usersBreakingTheirRule(
            TierSpace space, List<DimensionThresholds> thresholds, double[][] values, int[] bucket) {
        int breaking = 0;
        for (int user = 0; user < bucket.length; user++) {
            if (bucket[user] < 0) {
                continue;
            }
            for (int d = 0; d < values.length; d++) {
                int tier = space.tier(bucket[user], d);
                double value = values[d][user];
                boolean holds = tier == space.otherTier(d)
                        ? Double.isNaN(value)
                        : thresholds.get(d).tiers().get(tier).contains(value);
                if (!holds) {
                    breaking++;
                    break;
                }
            }
        }
        return breaking;
    }
}
