package io.segbot.mece;

import java.util.ArrayList;
import java.util.List;

/**
 * The size rules: a non-empty bucket with fewer than min or more than max users goes to {@value
 * FoldReport#CATCH_ALL}; the others become final segments named by their combo, in tier-space order,
 * the catch-all last.
 */
final class Fold {
    final FoldReport report;
    final SegmentScorer.Segments segments;
    /** Final segment of each combination; −1 for empty ones. */
    final int[] segmentOfBucket;

    private Fold(FoldReport report, SegmentScorer.Segments segments, int[] segmentOfBucket) {
        this.report = report;
        this.segments = segments;
        this.segmentOfBucket = segmentOfBucket;
    }

    static Fold apply(TierSpace space, int[] bucketSizes, int universe, SizeRules rules) {
        int min = rules.resolveMin(universe);
        int max = rules.resolveMax(universe, min);
        if (min > max) {
            throw new IllegalArgumentException("min size " + min + " exceeds max size " + max);
        }
        List<String> names = new ArrayList<>();
        List<String> ruleTexts = new ArrayList<>();
        List<List<String>> combos = new ArrayList<>();
        List<FoldReport.FoldedBucket> folded = new ArrayList<>();
        int[] segmentOf = new int[space.size];
        int foldedUsers = 0;
        for (int combination = 0; combination < space.size; combination++) {
            int size = bucketSizes[combination];
            segmentOf[combination] = -1;
            if (size == 0) {
                continue;
            }
            String combo = space.combo(combination);
            if (size < min || size > max) {
                String reason = size < min ? "below min size " + min : "above max size " + max;
                folded.add(new FoldReport.FoldedBucket(combo, space.rule(combination), size, reason));
                foldedUsers += size;
                continue;
            }
            segmentOf[combination] = names.size();
            names.add(combo);
            ruleTexts.add(space.rule(combination));
            combos.add(List.of(combo));
        }
        if (!folded.isEmpty()) {
            int catchAll = names.size();
            names.add(FoldReport.CATCH_ALL);
            ruleTexts.add(String.join(
                    " | ", folded.stream().map(b -> "(" + b.rule() + ")").toList()));
            combos.add(folded.stream().map(FoldReport.FoldedBucket::combo).toList());
            for (int combination = 0; combination < space.size; combination++) {
                if (bucketSizes[combination] > 0 && segmentOf[combination] < 0) {
                    segmentOf[combination] = catchAll;
                }
            }
        }
        FoldReport report = new FoldReport(min, rules.describeMin(), max, rules.describeMax(), folded, foldedUsers);
        return new Fold(report, new SegmentScorer.Segments(names, ruleTexts, combos, new int[names.size()]), segmentOf);
    }
}
