package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Direction;
import io.segbot.chat.intent.Intent;
import io.segbot.chat.intent.Metric;
import io.segbot.segmentation.RunRecords;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Picks the templated answer for a question's intent. */
final class Answerer {
    /**
     * @param phrasable whether a model may rephrase it (lists of actions and refusals stay templated)
     * @param attachment a file to deliver, or null
     */
    record Answer(Draft draft, boolean phrasable, Path attachment) {
        static Answer of(Draft draft) {
            return new Answer(draft, true, null);
        }

        static Answer fixed(Draft draft) {
            return new Answer(draft, false, null);
        }
    }

    private final RunSnapshots runs;
    private final Exports exports;
    private final io.segbot.mecerun.MeceRunRepository meceRuns;

    Answerer(RunSnapshots runs, Exports exports, io.segbot.mecerun.MeceRunRepository meceRuns) {
        this.runs = runs;
        this.exports = exports;
        this.meceRuns = meceRuns;
    }

    /** A MECE segment named in the question ("High_Low_High"), if any. */
    private static String meceSegment(Question q) {
        return q.understanding().entities().segments().stream()
                .filter(ref -> ref instanceof io.segbot.chat.intent.SegmentRef.ByName n
                        && n.family() == io.segbot.analytics.SegmentFamily.MECE)
                .map(ref -> ((io.segbot.chat.intent.SegmentRef.ByName) ref).name())
                .findFirst()
                .orElse(null);
    }

    Answer answer(Question q, RunSnapshot run, ChatRequest request) {
        Resolved r = q.resolved();
        if (!r.unresolved().isEmpty() && r.segments().isEmpty() && needsSegment(q.intent())) {
            return Answer.fixed(unknownSegment(run, r));
        }
        Answer answer = byIntent(q, run, request, r);
        if (r.unresolved().isEmpty() || q.intent() == Intent.CART_ABANDONMENT) {
            return answer;
        }
        // say what was not found instead of silently answering about something else
        Draft note = new Draft(answer.draft().source())
                .say("(No ")
                .quote("asked for", String.join(", ", r.unresolved()))
                .say(" in this run; answering with what is there.)")
                .line()
                .append(answer.draft());
        return new Answer(note, answer.phrasable(), answer.attachment());
    }

    private Answer byIntent(Question q, RunSnapshot run, ChatRequest request, Resolved r) {
        return switch (q.intent()) {
            case SEGMENT_OVERVIEW -> Answer.of(SegmentAnswers.overview(run, r));
            case RANKING -> Answer.of(SegmentAnswers.ranking(run, r));
            case COMPARISON -> Answer.of(comparison(run, r));
            case SEGMENT_DETAIL -> Answer.of(SegmentAnswers.detail(run, first(run, r)));
            case CUSTOMER_BEHAVIOUR -> Answer.of(SegmentAnswers.behaviour(run, lowest(run, r)));
            case MARKETING_STRATEGY -> Answer.of(SegmentAnswers.strategy(run, strategyTarget(run, r)));
            case CHURN_ANALYSIS -> Answer.of(BusinessAnswers.churn(run, r));
            case BUSINESS_METRICS -> Answer.of(BusinessAnswers.metrics(run, r));
            case DATA_FRESHNESS -> Answer.of(BusinessAnswers.freshness(run));
            case CUSTOMER_LOOKUP -> Answer.fixed(lookup(run, r));
            case EXPORT -> export(run, r, request);
            case CART_ABANDONMENT -> Answer.of(MeceAnswers.answer(meceRuns, r.topN(), meceSegment(q), run.source()));
            case HELP, FOLLOW_UP, FORGET -> Answer.fixed(BusinessAnswers.help(run.source()));
            case OUT_OF_SCOPE -> Answer.fixed(BusinessAnswers.outOfScope(run.source(), didYouMean(q)));
        };
    }

    private static boolean needsSegment(Intent intent) {
        return intent == Intent.SEGMENT_DETAIL || intent == Intent.COMPARISON || intent == Intent.CUSTOMER_BEHAVIOUR;
    }

    private static Draft unknownSegment(RunSnapshot run, Resolved r) {
        Draft d = new Draft(run.source())
                .say("I couldn't find ")
                .quote("asked for", String.join(", ", r.unresolved()))
                .say(" in this run. Its segments are clusters ");
        List<SegmentProfile> clusters = run.clusters();
        for (int i = 0; i < clusters.size(); i++) {
            d.say(i == 0 ? "" : ", ").segment(clusters.get(i));
        }
        return d.say(", and the named RFM segments.");
    }

    private static Draft comparison(RunSnapshot run, Resolved r) {
        List<SegmentProfile> chosen = r.segments();
        if (chosen.size() < 2) {
            List<SegmentProfile> ranked = Metrics.rank(run.family(r.family()), Metric.REVENUE, Direction.HIGHEST);
            chosen = chosen.isEmpty()
                    ? ranked.subList(0, Math.min(2, ranked.size()))
                    : List.of(
                            chosen.get(0),
                            ranked.get(0).equals(chosen.get(0)) && ranked.size() > 1 ? ranked.get(1) : ranked.get(0));
        }
        return chosen.size() < 2
                ? SegmentAnswers.detail(run, chosen.get(0))
                : SegmentAnswers.comparison(run, chosen.get(0), chosen.get(1));
    }

    private static SegmentProfile first(RunSnapshot run, Resolved r) {
        return r.segments().isEmpty()
                ? Metrics.rank(run.family(r.family()), Metric.REVENUE, Direction.HIGHEST)
                        .get(0)
                : r.segments().get(0);
    }

    /** "Why do customers buy less?" without a segment is about the least active one. */
    private static SegmentProfile lowest(RunSnapshot run, Resolved r) {
        return r.segments().isEmpty()
                ? Metrics.rank(run.family(r.family()), Metric.FREQUENCY, Direction.LOWEST)
                        .get(0)
                : r.segments().get(0);
    }

    /** Campaigns for "high-value customers" target the segment with the highest spend per customer. */
    private static SegmentProfile strategyTarget(RunSnapshot run, Resolved r) {
        if (!r.segments().isEmpty()) {
            return r.segments().get(0);
        }
        Metric metric = r.metric() == Metric.CHURN ? Metric.CHURN : Metric.MONETARY;
        return Metrics.rank(run.family(r.family()), metric, Direction.HIGHEST).get(0);
    }

    private Draft lookup(RunSnapshot run, Resolved r) {
        if (r.customerId() == null) {
            return new Draft(run.source()).say("Which customer? Give me their id, for example \"show customer <id>\".");
        }
        Optional<RunRecords.Customer> customer = runs.customer(run.run().id(), r.customerId());
        if (customer.isEmpty()) {
            return new Draft(run.source())
                    .say("No customer ")
                    .quote("asked for", r.customerId())
                    .say(" in this run.");
        }
        return BusinessAnswers.lookup(run, customer.get());
    }

    private Answer export(RunSnapshot run, Resolved r, ChatRequest request) {
        if (!request.permissions().mayExport()) {
            return Answer.fixed(
                    new Draft(run.source())
                            .say("Customer-list exports are limited to the users configured as")
                            .say(
                                    " exporters, and you are not one of them. Ask an admin to add you, or ask me for segment figures instead."));
        }
        SegmentProfile segment = r.segments().isEmpty() ? null : r.segments().get(0);
        if (segment == null && !ExportRequest.confirmsWholeBase(request.text())) {
            return Answer.fixed(ExportRequest.confirmation(run));
        }
        Exports.Written written = exports.write(runs.repository(), run.run().id(), segment);
        Draft d = new Draft(run.source())
                .say("Exported ")
                .count("exported customers", written.customers())
                .say(" customers");
        if (segment != null) {
            d.say(" of ").segment(segment);
        }
        // The full path, so the requester can find the file; the folder is quoted on its own so the
        // grounding check reads the file name (which may hold a segment name) as one quoted value.
        d.say(" to ")
                .quote("file", written.file().getFileName().toString())
                .say(" in ")
                .quote("folder", written.file().getParent().toString())
                .say(".");
        return new Answer(d, false, written.file());
    }

    private static String didYouMean(Question q) {
        Intent guess = q.understanding().bestGuess();
        return guess == Intent.OUT_OF_SCOPE
                        || guess == Intent.HELP
                        || q.understanding().confidence() < 0.25
                ? null
                : guess.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
