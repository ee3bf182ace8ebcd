package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.Intent;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.chat.intent.SegmentCatalog;
import io.segbot.chat.intent.Understanding;
import io.segbot.chat.plan.Filter;
import io.segbot.chat.plan.OrderBooks;
import io.segbot.chat.plan.PlanExecutor;
import io.segbot.chat.plan.PlanParser;
import io.segbot.chat.plan.PlanResult;
import io.segbot.chat.plan.QuestionPlan;
import io.segbot.store.ConversationRepository.Turn;
import io.segbot.store.PurchaseStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes a message to a question plan when the plan parser claims it, executes the plan over the
 * run's order book and writes the answer; otherwise the intent answers handle it. Thread-safe.
 */
final class Plans {
    /** A planned answer and the question it answered (for the reply and the conversation memory). */
    record Planned(Question question, Answerer.Answer answer, QuestionPlan plan) {}

    private final OrderBooks books;
    private final IntentClassifier classifier;
    private final Exports exports;

    Plans(RunSnapshots runs, IntentClassifier classifier, Exports exports) {
        this.books = new OrderBooks(
                runs.repository(), new PurchaseStore(runs.repository().database()));
        this.classifier = classifier;
        this.exports = exports;
    }

    Optional<Planned> answer(
            ChatRequest request, Understanding u, RunSnapshot run, Optional<Turn> previous, SegmentCatalog catalog) {
        String text = request.text();
        Resolved resolved = SegmentResolver.resolve(u.entities(), run);
        Optional<QuestionPlan> parsed = PlanParser.parse(
                text, filters(resolved), u.entities().customerId(), run.run().asOf());
        if (parsed.isPresent() && parsed.get().kind() != QuestionPlan.Kind.REFUSE && leftToIntents(u)) {
            return Optional.empty();
        }
        if (previous.isPresent() && u.intent() == Intent.FOLLOW_UP) {
            // "and last year?" after a plan question is that question again, with the new window
            Optional<QuestionPlan> merged = followUp(text, resolved, previous.get(), run, catalog);
            parsed = merged.isPresent() ? merged : parsed;
        }
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        QuestionPlan plan = parsed.get();
        PlanResult result = plan.kind() == QuestionPlan.Kind.REFUSE
                ? PlanExecutor.execute(plan, null)
                : PlanExecutor.execute(plan, books.book(run.run(), run.dataset()));
        Draft draft = PlanAnswers.answer(result, run);
        java.nio.file.Path csv = null;
        if (plan.kind() == QuestionPlan.Kind.LIST && result.rows().size() > PlanAnswers.MAX_ROWS) {
            csv = wholeList(draft, result, run, request);
        }
        boolean phrasable = plan.kind() == QuestionPlan.Kind.FIGURE && plan.grouping() == null;
        Intent intent = plan.kind() == QuestionPlan.Kind.REFUSE ? Intent.OUT_OF_SCOPE : Intent.BUSINESS_METRICS;
        Resolved remembered = new Resolved(
                plan.kind() == QuestionPlan.Kind.REFUSE ? List.of() : resolved.segments(),
                resolved.family(),
                null,
                null,
                null,
                plan.customerId(),
                List.of());
        Question question = new Question(intent, Math.max(u.confidence(), 0.9), u, remembered);
        return Optional.of(new Planned(question, new Answerer.Answer(draft, phrasable, csv), plan));
    }

    /**
     * A list longer than an answer shows: the whole list as a CSV for a requester with the export
     * ability (customer-level, so the core sends the answer and the file privately), else what it takes.
     */
    private java.nio.file.Path wholeList(Draft draft, PlanResult result, RunSnapshot run, ChatRequest request) {
        if (!request.permissions().mayExport()) {
            draft.say(" The whole list of ")
                    .count("customers in the whole list", result.rows().size())
                    .say(" is a CSV export, which needs the export ability; an admin grants it in"
                            + " bot-config/segbot.yaml (permissions.export).");
            return null;
        }
        QuestionPlan.ListSpec spec = result.plan().list();
        String what = (spec.ascending() ? "bottom-" : "top-") + result.rows().size() + "-by-"
                + spec.by().name().toLowerCase(java.util.Locale.ROOT);
        Exports.Written written = exports.writeList(
                run.run().id(), what, spec.by().name().toLowerCase(java.util.Locale.ROOT), result.rows());
        draft.say(" The whole list of ")
                .count("customers in the whole list", written.customers())
                .say(" is in ")
                .quote("file", written.file().getFileName().toString())
                .say(", sent to you privately.");
        return written.file();
    }

    /** Exports, "forget" and greetings keep their own answers (a refusal still wins). */
    private static boolean leftToIntents(Understanding u) {
        return u.method().equals("rule:export-verb")
                || u.method().equals("rule:forget")
                || u.method().equals("rule:greeting-or-help");
    }

    /** "and last month?", "what about champions?": the previous question's plan with the new window or segments. */
    private Optional<QuestionPlan> followUp(
            String text, Resolved resolved, Turn turn, RunSnapshot run, SegmentCatalog catalog) {
        Understanding before = classifier.understand(turn.question(), catalog);
        Resolved earlier = SegmentResolver.resolve(before.entities(), run);
        return PlanParser.parse(
                        turn.question(),
                        filters(earlier),
                        before.entities().customerId(),
                        run.run().asOf())
                .filter(p -> p.kind() == QuestionPlan.Kind.FIGURE || p.kind() == QuestionPlan.Kind.LIST)
                .flatMap(p -> PlanParser.followUp(
                        p, text, filters(resolved), run.run().asOf()));
    }

    static List<Filter.Segment> filters(Resolved resolved) {
        List<Filter.Segment> out = new ArrayList<>();
        for (SegmentProfile s : resolved.segments()) {
            out.add(new Filter.Segment(s.family(), s.key(), RunSnapshot.display(s)));
        }
        return out;
    }
}
