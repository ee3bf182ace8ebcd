package io.segbot.mece;

import java.util.List;

/**
 * A final segment's scores. Undefined components (e.g. no engagement values) are NaN, count as 0 in
 * the overall score, and make the segment invalid.
 *
 * @param rule its bucket's rule, or for the catch-all the folded rules joined by " | "
 * @param conversionPotential mean(engagement / (days since abandonment + 1)) over users with engagement
 * @param sizeShare size / universe
 * @param profitability mean profitability_score over users with one
 * @param strategicFit (conversionPotential + profitability) / 2, as in the prototype
 * @param overallScore Σ weight × component
 * @param valid size within the size rules and every component defined
 */
public record SegmentScore(
        int rank,
        String segment,
        String rule,
        List<String> combos,
        int size,
        double conversionPotential,
        Lift lift,
        double sizeShare,
        double profitability,
        double strategicFit,
        double overallScore,
        boolean valid) {
    public SegmentScore {
        combos = List.copyOf(combos);
    }
}
