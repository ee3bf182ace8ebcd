package io.segbot.chat;

import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Intent;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.chat.intent.KnownSegment;
import io.segbot.chat.intent.SegmentCatalog;
import io.segbot.chat.intent.Understanding;
import io.segbot.llm.CancellationToken;
import io.segbot.store.ConversationRepository.Turn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one message: understand it, resolve it against the run and the conversation's memory,
 * build the facts and a templated answer, optionally let the model phrase it, check grounding, and
 * remember the turn. Thread-safe: the state is in H2 and the immutable run snapshots.
 */
public final class ChatEngine {
    private static final Logger log = LoggerFactory.getLogger(ChatEngine.class);

    private final IntentClassifier classifier;
    private final RunSnapshots runs;
    private final ConversationMemory memory;
    private final Phraser phraser;
    private final Answerer answerer;
    private final io.segbot.mecerun.MeceRunRepository meceRuns;
    private final Plans plans;

    public ChatEngine(
            IntentClassifier classifier,
            RunSnapshots runs,
            ConversationMemory memory,
            Phraser phraser,
            Exports exports,
            io.segbot.mecerun.MeceRunRepository meceRuns) {
        this.classifier = classifier;
        this.runs = runs;
        this.memory = memory;
        this.phraser = phraser;
        this.answerer = new Answerer(runs, exports, meceRuns);
        this.meceRuns = meceRuns;
        this.plans = new Plans(runs, classifier, exports);
    }

    /** Answers without streaming. */
    public ChatReply handle(ChatRequest request) {
        return handle(request, token -> {});
    }

    /** As {@link #handle(ChatRequest, Consumer, CancellationToken)} without a cancellation. */
    public ChatReply handle(ChatRequest request, Consumer<String> checked) {
        return handle(request, checked, CancellationToken.none());
    }

    /**
     * @param checked receives the model's phrasing sentence by sentence, each only after it passed
     *     the grounding check (never called without a model); the final reply may still be the
     *     templated text if the whole phrasing is not grounded
     * @param cancellation stops the model (timeout or cancel); the templated answer is then used
     */
    public ChatReply handle(ChatRequest request, Consumer<String> checked, CancellationToken cancellation) {
        Optional<RunSnapshot> run = request.runId() == null ? runs.latest() : runs.find(request.runId());
        if (run.isEmpty()) {
            String why = request.runId() == null
                    ? "There is no analysis yet: import a file and run segbot analyze."
                    : "There is no run " + request.runId() + ".";
            return new ChatReply(
                    why, "", Intent.HELP, 1, io.segbot.chat.intent.Entities.none(), List.of(), true, "none", null);
        }
        RunSnapshot snapshot = run.get();
        SegmentCatalog catalog = catalog(snapshot, meceNames());
        Understanding understanding = classifier.understand(request.text(), catalog);
        Optional<Turn> previous = memory.last(request.conversationKey());
        // question plans first (windows, lists, distributions, missing data, refusals), then intents
        Optional<Plans.Planned> planned = plans.answer(request, understanding, snapshot, previous, catalog);
        Question question = planned.map(Plans.Planned::question)
                .orElseGet(() -> Question.of(
                        understanding,
                        SegmentResolver.resolve(understanding.entities(), snapshot),
                        previous,
                        snapshot));
        if (question.intent() == Intent.FORGET) {
            int forgotten = memory.forget(request.conversationKey());
            Draft done = new Draft(snapshot.source())
                    .say(forgotten == 0 ? "There was nothing to forget." : "Done: I've forgotten this conversation.");
            return reply(question, snapshot, done, done.text(), true, "none", null);
        }
        Answerer.Answer answer =
                planned.map(Plans.Planned::answer).orElseGet(() -> answerer.answer(question, snapshot, request));
        ChatReply reply = compose(request, question, snapshot, answer, checked, cancellation);
        memory.remember(
                request.conversationKey(),
                question.intent().code(),
                question.resolved().segments().stream()
                        .map(RunSnapshot::reference)
                        .toList(),
                question.resolved().metric() == null
                        ? null
                        : question.resolved().metric().code(),
                snapshot.run().id(),
                request.text());
        return reply;
    }

    private ChatReply compose(
            ChatRequest request,
            Question question,
            RunSnapshot snapshot,
            Answerer.Answer answer,
            Consumer<String> checked,
            CancellationToken cancellation) {
        Draft draft = answer.draft();
        List<String> names = segmentNames(snapshot);
        GroundingCheck.Result templateCheck = GroundingCheck.check(draft.text(), draft.facts(), names);
        if (!templateCheck.grounded()) {
            log.error("templated answer for {} is not grounded: {}", question.intent(), templateCheck.offending());
        }
        if (answer.phrasable()) {
            SentenceGate gate = new SentenceGate(draft.facts(), names, checked);
            Optional<String> phrased = phraser.phrase(request.text(), draft.text(), draft.facts(), gate, cancellation);
            if (phrased.isPresent()) {
                GroundingCheck.Result check = GroundingCheck.check(phrased.get(), draft.facts(), names);
                List<String> missing = Coverage.missing(draft.text(), phrased.get(), names);
                if (check.grounded() && missing.isEmpty()) {
                    return reply(question, snapshot, draft, phrased.get(), true, phraser.name(), answer.attachment());
                }
                log.warn(
                        "model reply not used, sending the template instead; not grounded: {}; dropped: {}",
                        check.offending(),
                        missing);
            }
        }
        return reply(question, snapshot, draft, draft.text(), templateCheck.grounded(), "none", answer.attachment());
    }

    private static ChatReply reply(
            Question q,
            RunSnapshot snapshot,
            Draft draft,
            String text,
            boolean grounded,
            String model,
            java.nio.file.Path attachment) {
        return new ChatReply(
                text,
                draft.source(),
                q.intent(),
                q.confidence(),
                q.understanding().entities(),
                draft.facts(),
                grounded,
                model,
                attachment);
    }

    /** The ten RFM names plus this run's cluster labels, so "the loyal ones" resolves. */
    static SegmentCatalog catalog(RunSnapshot snapshot, List<String> meceNames) {
        List<KnownSegment> more = new ArrayList<>();
        meceNames.forEach(name -> more.add(KnownSegment.of(name, SegmentFamily.MECE)));
        for (SegmentProfile s : snapshot.clusters()) {
            if (snapshot.rfm().stream().noneMatch(r -> r.label().equalsIgnoreCase(s.label()))) {
                more.add(KnownSegment.of(s.label(), SegmentFamily.CLUSTER));
            }
        }
        return SegmentCatalog.rfmDefaults().with(more);
    }

    /** The latest MECE run's segment names, so questions can name them. */
    private List<String> meceNames() {
        return meceRuns.latest()
                .map(run -> meceRuns.segments(run.id()).stream()
                        .map(io.segbot.mecerun.MeceRunRecords.Segment::segment)
                        .toList())
                .orElse(List.of());
    }

    static List<String> segmentNames(RunSnapshot snapshot) {
        List<String> names = new ArrayList<>();
        SegmentCatalog.rfmDefaults().segments().forEach(k -> names.add(k.name()));
        snapshot.clusters().forEach(s -> names.add(s.label()));
        return names;
    }
}
