package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a message is about, independent of its intent.
 *
 * @param segments segment references in the order they appear
 * @param families segment families named ("rfm", "clusters", "cart abandoners") or implied by a
 *     named segment; empty when the message does not say
 * @param metrics metrics in order of first mention, without repeats
 * @param topN the N of "top 5" / "bottom three", or null when absent
 * @param direction the ranking word ("most", "lowest", "worst"), or null when absent
 * @param customerId a customer id as typed ("17850", "user_000123"), or null when absent
 */
public record Entities(
        List<SegmentRef> segments,
        Set<SegmentFamily> families,
        List<Metric> metrics,
        Integer topN,
        Direction direction,
        String customerId) {
    public Entities {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        families = Set.copyOf(Objects.requireNonNull(families, "families"));
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        if (topN != null && topN < 1) {
            throw new IllegalArgumentException("topN must be >= 1 when present, got " + topN);
        }
        if (customerId != null && customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must be null or non-blank, got '" + customerId + "'");
        }
    }

    public static Entities none() {
        return new Entities(List.of(), Set.of(), List.of(), null, null, null);
    }
}
