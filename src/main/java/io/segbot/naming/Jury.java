package io.segbot.naming;

import io.segbot.llm.LanguageModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names segments with a jury of personas and a judge, as the prototype did, without its failure
 * modes: proposals are grammar-constrained and checked (rule equals the segment's rule, 1-4
 * words, no numbers, unique in the run), a failed check is recorded and never silently replaced,
 * and every fallback says so. Without a model the same jury runs on vocabularies and a rubric.
 * Not thread-safe; one run at a time.
 */
public final class Jury {
    private final PersonaBook book;
    private final LanguageModel model;
    private final long seed;
    private final Juror juror;
    private final Judge judge;
    private final RubricJudge rubric;
    private final RuleBasedNamer ruleBased;

    /** A jury with a 60 s timeout per model call. */
    public Jury(PersonaBook book, LanguageModel model, long seed) {
        this(book, model, seed, Duration.ofSeconds(60));
    }

    /**
     * @param model the language model; in no-model mode ({@code !model.isAvailable()}) jurors are
     *     vocabularies and the judge is the rubric
     * @param seed every juror's and the judge's sampling seed derives from it
     */
    public Jury(PersonaBook book, LanguageModel model, long seed, Duration timeout) {
        this.book = Objects.requireNonNull(book, "book");
        this.model = Objects.requireNonNull(model, "model");
        this.seed = seed;
        Lexicon lexicon = new Lexicon(book);
        this.rubric = new RubricJudge(lexicon, book.judge());
        this.ruleBased = new RuleBasedNamer(lexicon);
        this.juror = model.isAvailable() ? new ModelJuror(model, timeout) : new VocabularyJuror(lexicon);
        this.judge = model.isAvailable() ? new ModelJudge(model, book.judge(), timeout) : rubric;
    }

    /** Names every segment, in order; segment ids must be unique. */
    public NamingRun name(List<SegmentToName> segments) {
        return name(segments, io.segbot.analytics.Progress.NONE);
    }

    /**
     * Names every segment, in order, reporting step 1 of 2 after each segment ("named 3 of 7
     * segments"); the caller's step 2 stores them. Reporting changes no name.
     */
    public NamingRun name(List<SegmentToName> segments, io.segbot.analytics.Progress progress) {
        long start = System.nanoTime();
        Set<String> ids = new HashSet<>();
        for (SegmentToName segment : segments) {
            if (!ids.add(segment.segmentId())) {
                throw new IllegalArgumentException("segment id " + segment.segmentId() + " appears twice");
            }
        }
        NameRegistry registry = new NameRegistry();
        List<NamingDecision> decisions = new ArrayList<>();
        for (int index = 0; index < segments.size(); index++) {
            progress.report(
                    1, 2, "naming segment " + (index + 1) + " of " + segments.size(), index / (double) segments.size());
            decisions.add(decide(index, segments.get(index), registry));
        }
        return new NamingRun(model.describe().label(), seed, decisions, Duration.ofNanos(System.nanoTime() - start));
    }

    private NamingDecision decide(int index, SegmentToName segment, NameRegistry registry) {
        List<Proposal> proposals = propose(index, segment, registry);
        List<Proposal> valid = proposals.stream().filter(Proposal::valid).toList();
        if (valid.isEmpty()) {
            return ruleBased(segment, registry, proposals, JudgeScores.none(), "no proposal was valid");
        }
        JudgeScores scores;
        NamingMethod method = NamingMethod.JURY;
        String reason;
        try {
            scores = judge.judge(segment, valid, seedFor(index, book.jurors().size()));
            reason = (judge == rubric ? "no model: the rubric computed by rules" : "the model judge") + " picked "
                    + scores.pick();
        } catch (NamingStepException e) {
            scores = rubric.judge(segment, valid, 0);
            method = NamingMethod.JUDGE_FALLBACK;
            reason = "the model judge failed (" + e.getMessage() + "); the rubric picked " + scores.pick();
        }
        JudgeScores judged = scores;
        Proposal pick = valid.stream()
                .filter(p -> p.persona().equals(judged.pick()))
                .findFirst()
                .orElseThrow();
        Optional<String> problem = ProposalChecks.problem(segment, pick.segmentName(), pick.rule(), registry);
        if (problem.isPresent()) {
            Optional<Proposal> next = valid.stream()
                    .sorted(Comparator.comparingDouble(
                            (Proposal p) -> -judged.weighted().getOrDefault(p.persona(), 0.0)))
                    .filter(p -> ProposalChecks.problem(segment, p.segmentName(), p.rule(), registry)
                            .isEmpty())
                    .findFirst();
            if (next.isEmpty()) {
                return ruleBased(
                        segment, registry, proposals, judged, "the judge's pick failed the checks: " + problem.get());
            }
            method = NamingMethod.JUDGE_FALLBACK;
            reason = "the judge's pick (" + pick.persona() + ") failed the checks: " + problem.get()
                    + "; the next best valid proposal (" + next.get().persona() + ") was taken";
            pick = next.get();
        }
        registry.claim(pick.segmentName(), segment.segmentId());
        return new NamingDecision(
                segment.segmentId(), segment.rule(), pick.segmentName(), method, reason, proposals, judged);
    }

    private List<Proposal> propose(int index, SegmentToName segment, NameRegistry registry) {
        List<Proposal> proposals = new ArrayList<>();
        List<Persona> jurors = book.jurors();
        for (int j = 0; j < jurors.size(); j++) {
            Persona persona = jurors.get(j);
            try {
                Juror.RawProposal raw = juror.propose(segment, persona, registry.names(), seedFor(index, j));
                proposals.add(ProposalChecks.check(segment, persona.id(), raw, registry));
            } catch (NamingStepException e) {
                proposals.add(Proposal.failed(persona.id(), e.getMessage()));
            }
        }
        return proposals;
    }

    private NamingDecision ruleBased(
            SegmentToName segment, NameRegistry registry, List<Proposal> proposals, JudgeScores scores, String why) {
        String name = ruleBased.name(segment, registry);
        registry.claim(name, segment.segmentId());
        return new NamingDecision(
                segment.segmentId(),
                segment.rule(),
                name,
                NamingMethod.RULE_BASED,
                why + "; the rule-based namer named it from its tiers",
                proposals,
                scores);
    }

    /** SplitMix64 (SplittableRandom) of the run seed, segment and step: distinct, repeatable seeds. */
    private long seedFor(int segmentIndex, int step) {
        return new SplittableRandom(seed + 1_000_003L * segmentIndex + step).nextLong();
    }
}
