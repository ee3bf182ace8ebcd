package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Intent;
import io.segbot.chat.intent.Metric;
import io.segbot.chat.intent.Understanding;
import io.segbot.store.ConversationRepository.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message understood in its conversation: a follow-up inherits the previous turn's intent,
 * segments and metric unless it names its own ("what about segment 2?" keeps the intent, swaps the
 * segment; "and their churn?" keeps the segments, asks about churn; "why?" explains them).
 */
record Question(Intent intent, double confidence, Understanding understanding, Resolved resolved) {

    static Question of(Understanding u, Resolved resolved, Optional<Turn> previous, RunSnapshot run) {
        Intent intent = u.intent();
        List<SegmentProfile> segments = new ArrayList<>(resolved.segments());
        Metric metric = resolved.metric();
        boolean needsPrevious = intent == Intent.FOLLOW_UP
                || segments.isEmpty() && (intent == Intent.SEGMENT_DETAIL || intent == Intent.CUSTOMER_BEHAVIOUR)
                || segments.size() == 1 && intent == Intent.COMPARISON;
        if (needsPrevious && previous.isPresent()) {
            Turn turn = previous.get();
            List<SegmentProfile> earlier = turn.segments().stream()
                    .map(run::fromReference)
                    .flatMap(Optional::stream)
                    .toList();
            if (intent == Intent.FOLLOW_UP) {
                intent = followUpIntent(Intent.fromCode(turn.intent()), segments, metric);
                if (metric == null && turn.metric() != null) {
                    metric = Metric.fromCode(turn.metric());
                }
            }
            if (segments.isEmpty()) {
                segments.addAll(earlier);
            } else if (intent == Intent.COMPARISON
                    && segments.size() == 1
                    && !earlier.isEmpty()
                    && !earlier.contains(segments.get(0))) {
                segments.add(0, earlier.get(0));
            }
        } else if (intent == Intent.FOLLOW_UP) {
            intent = Intent.HELP;
        }
        Resolved merged = new Resolved(
                segments,
                resolved.family(),
                metric,
                resolved.direction(),
                resolved.topN(),
                resolved.customerId(),
                resolved.unresolved());
        return new Question(intent, u.confidence(), u, merged);
    }

    /** "why?" asks for behaviour; "and their churn?" for churn; otherwise the previous intent again. */
    private static Intent followUpIntent(Intent previous, List<SegmentProfile> named, Metric metric) {
        if (metric == Metric.CHURN || metric == Metric.P_ALIVE) {
            return Intent.CHURN_ANALYSIS;
        }
        if (named.isEmpty() && metric == null) {
            return Intent.CUSTOMER_BEHAVIOUR;
        }
        return switch (previous) {
            case SEGMENT_OVERVIEW, RANKING, HELP, OUT_OF_SCOPE, FORGET, FOLLOW_UP, DATA_FRESHNESS -> Intent
                    .SEGMENT_DETAIL;
            default -> previous;
        };
    }
}
