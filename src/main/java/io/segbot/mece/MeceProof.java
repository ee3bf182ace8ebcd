package io.segbot.mece;

import java.util.List;

/**
 * The MECE proof of one run, computed from the assignments and the rule definitions, never assumed.
 *
 * @param universe users in the universe
 * @param assignedExactlyOnce users with a unique id, one final segment and exactly one satisfied rule
 * @param unassigned users in no final segment (a value fell in no tier)
 * @param inSeveralRules users whose values satisfy more than one rule (overlapping tiers)
 * @param duplicateUserIds user ids held by more than one universe row (each would be two assignments)
 * @param sumOfSegmentSizes Σ final segment sizes, recounted from the assignments
 * @param usersBreakingTheirRule users whose values do not satisfy their bucket's rule when re-checked
 * @param rules tier combinations, {@code Other} tiers included
 * @param overlappingRulePairs pairs of rules that share a point of the tier space
 * @param tierSpaceCells elementary cells of the tier space (product over dimensions)
 * @param cellsInExactlyOneRule cells that exactly one rule covers; equals tierSpaceCells when the
 *     rules cover the space without overlap
 * @param tierProblems per-dimension gaps and overlaps, in values and (for all-quantile dimensions)
 *     quantile levels
 * @param emptyCombinations rules no user satisfied in this run
 * @param failures why the proof failed; empty when it passed
 */
public record MeceProof(
        int universe,
        int assignedExactlyOnce,
        int unassigned,
        int inSeveralRules,
        int duplicateUserIds,
        List<String> duplicateExamples,
        long sumOfSegmentSizes,
        int usersBreakingTheirRule,
        int rules,
        long overlappingRulePairs,
        List<String> overlapExamples,
        long tierSpaceCells,
        long cellsInExactlyOneRule,
        List<String> tierProblems,
        List<String> emptyCombinations,
        List<String> failures) {
    public MeceProof {
        duplicateExamples = List.copyOf(duplicateExamples);
        overlapExamples = List.copyOf(overlapExamples);
        tierProblems = List.copyOf(tierProblems);
        emptyCombinations = List.copyOf(emptyCombinations);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    /** The proof as lines for people: each claim with its number and a check mark. */
    public List<String> lines() {
        return List.of(
                "universe: " + universe + " users",
                mark(assignedExactlyOnce == universe) + " assigned exactly once: " + assignedExactlyOnce + " of "
                        + universe + " (unassigned " + unassigned + ", in several rules " + inSeveralRules
                        + ", duplicate ids " + duplicateUserIds + ")",
                mark(sumOfSegmentSizes == universe) + " sum of segment sizes: " + sumOfSegmentSizes + " = universe "
                        + universe,
                mark(usersBreakingTheirRule == 0) + " every user satisfies its bucket's rule (re-checked): "
                        + usersBreakingTheirRule + " violations",
                mark(overlappingRulePairs == 0) + " rules pairwise disjoint: " + rules + " rules, "
                        + overlappingRulePairs + " overlapping pairs",
                mark(cellsInExactlyOneRule == tierSpaceCells && tierProblems.isEmpty())
                        + " rules cover the tier space: " + cellsInExactlyOneRule + " of " + tierSpaceCells
                        + " cells in exactly one rule (Other tiers included)",
                "empty combinations (" + emptyCombinations.size() + "): "
                        + (emptyCombinations.isEmpty() ? "none" : String.join("; ", emptyCombinations)),
                passed() ? "MECE proof: PASSED" : "MECE proof: FAILED: " + String.join("; ", failures));
    }

    private static String mark(boolean ok) {
        return ok ? "[ok]" : "[FAIL]";
    }
}
