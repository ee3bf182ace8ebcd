package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Direction;
import io.segbot.chat.intent.Metric;
import java.util.List;

/**
 * A question's entities resolved against a run: the segments it means (in order), the metric and
 * ranking it asks for, and references that matched nothing (reported, never guessed).
 *
 * @param family "cluster" or "rfm": which segmentation a question without names is about
 * @param metric the named metric, or null
 */
record Resolved(
        List<SegmentProfile> segments,
        String family,
        Metric metric,
        Direction direction,
        Integer topN,
        String customerId,
        List<String> unresolved) {
    Resolved {
        segments = List.copyOf(segments);
        unresolved = List.copyOf(unresolved);
    }
}
