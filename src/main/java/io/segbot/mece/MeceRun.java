package io.segbot.mece;

import java.time.LocalDate;
import java.util.List;

/**
 * One MECE run: its parameters, universe, thresholds, buckets, fold, proof and ranked segments, plus
 * the per-user assignments. {@link #status()} is {@code failed} when the proof failed.
 *
 * @param buckets every tier combination in tier-space order, empty ones included
 * @param segments ranked by overall score, best first
 */
public record MeceRun(
        LocalDate asOf,
        MeceConfig config,
        UniverseSummary universe,
        List<DimensionThresholds> thresholds,
        List<BucketSize> buckets,
        FoldReport fold,
        MeceProof proof,
        List<SegmentScore> segments,
        Assignments assignments) {
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    public MeceRun {
        thresholds = List.copyOf(thresholds);
        buckets = List.copyOf(buckets);
        segments = List.copyOf(segments);
    }

    public String status() {
        return proof.passed() ? OK : FAILED;
    }
}
