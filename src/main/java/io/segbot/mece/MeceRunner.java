package io.segbot.mece;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs the segmentation: universe, thresholds (once), assignment, size fold, proof and scores. Pure
 * and deterministic: the same table, as-of date and configuration give the same run.
 */
public final class MeceRunner {
    private MeceRunner() {}

    private static final int STEPS = 5;

    public static MeceRun run(CartTable table, LocalDate asOf, MeceConfig config) {
        return run(table, asOf, config, io.segbot.analytics.Progress.NONE);
    }

    /**
     * As {@link #run(CartTable, LocalDate, MeceConfig)}, reporting five steps: the universe, the
     * tiers, buckets and fold, the proof, the scores. Reporting changes no result.
     */
    public static MeceRun run(
            CartTable table, LocalDate asOf, MeceConfig config, io.segbot.analytics.Progress progress) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(config, "config");
        progress.report(
                1,
                STEPS,
                String.format(java.util.Locale.ROOT, "selecting the universe of %,d cart rows", table.size()),
                0);
        Universe universe = Universe.select(table, asOf, config.windowDays());
        progress.report(2, STEPS, String.format(java.util.Locale.ROOT, "tiering %,d users", universe.size()), 0);
        List<DimensionDefinition> dimensions = config.dimensions();
        double[][] values = new double[dimensions.size()][];
        List<DimensionThresholds> thresholds = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            values[d] = universe.values(dimensions.get(d).source());
            thresholds.add(ThresholdResolver.resolve(dimensions.get(d), values[d]));
        }
        progress.report(3, STEPS, "assigning buckets and folding small ones", 0);
        TierSpace space = new TierSpace(dimensions);
        Assigner assigner = new Assigner(space, thresholds, values, universe.size());
        int[] bucketSizes = new int[space.size];
        for (int bucket : assigner.bucket) {
            if (bucket >= 0) {
                bucketSizes[bucket]++;
            }
        }
        Fold fold = Fold.apply(space, bucketSizes, universe.size(), config.sizeRules());
        int[] segment = new int[universe.size()];
        int[] segmentSizes = new int[fold.segments.names().size()];
        for (int user = 0; user < segment.length; user++) {
            int bucket = assigner.bucket[user];
            segment[user] = bucket < 0 ? Assigner.UNASSIGNED : fold.segmentOfBucket[bucket];
            if (segment[user] >= 0) {
                segmentSizes[segment[user]]++;
            }
        }
        String[] userIds = new String[universe.size()];
        for (int user = 0; user < userIds.length; user++) {
            userIds[user] = table.userId(universe.rows[user]);
        }
        progress.report(
                4, STEPS, String.format(java.util.Locale.ROOT, "proving MECE over %,d users", universe.size()), 0);
        MeceProof proof = ProofChecker.check(space, thresholds, userIds, values, assigner, segment, segmentSizes);
        SegmentScorer.Segments segments = new SegmentScorer.Segments(
                fold.segments.names(), fold.segments.rules(), fold.segments.combos(), segmentSizes);
        progress.report(5, STEPS, "scoring " + segmentSizes.length + " segments", 0);
        List<SegmentScore> scores = SegmentScorer.score(table, universe, segment, segments, fold.report, config);
        List<BucketSize> buckets = new ArrayList<>();
        for (int combination = 0; combination < space.size; combination++) {
            int target = fold.segmentOfBucket[combination];
            buckets.add(new BucketSize(
                    space.combo(combination),
                    space.rule(combination),
                    bucketSizes[combination],
                    bucketSizes[combination] == 0 ? "" : fold.segments.names().get(target)));
        }
        Assignments assignments =
                new Assignments(table, space, universe.rows, assigner.bucket, segment, fold.segments.names());
        return new MeceRun(
                asOf, config, universe.summary, thresholds, buckets, fold.report, proof, scores, assignments);
    }
}
