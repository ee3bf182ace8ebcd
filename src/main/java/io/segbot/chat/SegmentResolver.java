package io.segbot.chat;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Entities;
import io.segbot.chat.intent.Metric;
import io.segbot.chat.intent.SegmentRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns entity references into a run's segments. "segment 2" and "cluster 2" are k-means clusters
 * (the ids the analysis printed); names match RFM segments first, then cluster labels; "the
 * biggest one" ranks the family the question is about (clusters unless it names RFM).
 */
final class SegmentResolver {
    private SegmentResolver() {}

    static Resolved resolve(Entities entities, RunSnapshot run) {
        String family = entities.families().contains(SegmentFamily.RFM)
                        || entities.segments().stream()
                                .anyMatch(r -> r instanceof SegmentRef.ByName n && n.family() == SegmentFamily.RFM)
                ? SegmentFamily.RFM.code()
                : SegmentFamily.CLUSTER.code();
        List<SegmentProfile> segments = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (SegmentRef ref : entities.segments()) {
            Optional<SegmentProfile> found = find(ref, run, family);
            if (found.isPresent() && !segments.contains(found.get())) {
                segments.add(found.get());
            } else if (found.isEmpty()) {
                unresolved.add(ref.mention());
            }
        }
        Metric metric = entities.metrics().isEmpty() ? null : entities.metrics().get(0);
        return new Resolved(
                segments, family, metric, entities.direction(), entities.topN(), entities.customerId(), unresolved);
    }

    private static Optional<SegmentProfile> find(SegmentRef ref, RunSnapshot run, String family) {
        if (ref instanceof SegmentRef.ById id) {
            return id.family() == SegmentFamily.RFM ? indexed(run.rfm(), id.id()) : run.cluster(id.id());
        }
        if (ref instanceof SegmentRef.ByName name) {
            return run.byName(name.name());
        }
        if (ref instanceof SegmentRef.ByRank rank) {
            return ranked(run, family, rank);
        }
        throw new IllegalStateException("unknown segment reference " + ref);
    }

    /** RFM segments have no numbers of their own; "rfm segment 2" is the second in map order, 1-based. */
    private static Optional<SegmentProfile> indexed(List<SegmentProfile> rfm, int id) {
        return id >= 1 && id <= rfm.size() ? Optional.of(rfm.get(id - 1)) : Optional.empty();
    }

    private static Optional<SegmentProfile> ranked(RunSnapshot run, String family, SegmentRef.ByRank rank) {
        Metric metric = Metrics.rankable(rank.metric() == null ? Metric.REVENUE : rank.metric());
        List<SegmentProfile> ordered = Metrics.rank(run.family(family), metric, rank.direction());
        return rank.rank() <= ordered.size() ? Optional.of(ordered.get(rank.rank() - 1)) : Optional.empty();
    }
}
