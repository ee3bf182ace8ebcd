package io.segbot.namingrun;

import io.segbot.analytics.Progress;
import io.segbot.analytics.RfmSegment;
import io.segbot.analytics.SegmentFamily;
import io.segbot.analytics.SegmentProfile;
import io.segbot.llm.LanguageModel;
import io.segbot.mecerun.MeceRunRepository;
import io.segbot.naming.AnalyticsSegments;
import io.segbot.naming.Jury;
import io.segbot.naming.NamingDecision;
import io.segbot.naming.NamingRun;
import io.segbot.naming.PersonaBook;
import io.segbot.naming.Proposal;
import io.segbot.naming.SegmentToName;
import io.segbot.segmentation.AnalysisException;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a stored run's segments with the jury and stores every vote (V3__naming.sql): the one path
 * for {@code segbot name} and the bot's {@code name} jobs.
 */
public final class NamingService {
    private final Database database;
    private final Clock clock;

    public NamingService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The stored naming run's id, and the decisions as stored. */
    public record Outcome(long namingRunId, NamingRun run, List<NamingRecords.Decision> decisions) {}

    /** Names an analysis run's RFM segments and clusters. */
    public Outcome nameAnalysisRun(long runId, PersonaBook book, LanguageModel model, long seed, Progress progress) {
        RunRepository runs = new RunRepository(database);
        if (runs.find(runId).isEmpty()) {
            throw new AnalysisException("no analysis run with id " + runId + "; see 'segbot datasets'");
        }
        return name("analysis", runId, toName(runs.segments(runId)), book, model, seed, progress);
    }

    /** Names a MECE run's final segments. */
    public Outcome nameMeceRun(long meceRunId, PersonaBook book, LanguageModel model, long seed, Progress progress) {
        return name("mece", meceRunId, meceToName(meceRunId), book, model, seed, progress);
    }

    private Outcome name(
            String family,
            long runId,
            List<SegmentToName> segments,
            PersonaBook book,
            LanguageModel model,
            long seed,
            Progress progress) {
        NamingRun naming = new Jury(book, model, seed).name(segments, progress);
        progress.report(2, 2, "storing " + segments.size() + " names", 0);
        NamingRepository repository = new NamingRepository(database);
        long id = repository.save(
                new NamingRecords.NamingRun(
                        0,
                        family,
                        runId,
                        clock.instant(),
                        naming.model(),
                        naming.seed(),
                        naming.elapsed().toMillis()),
                decisions(naming));
        return new Outcome(id, naming, repository.decisions(id));
    }

    /** A MECE run's final segments with their exact rules; the tiers are read from the rule. */
    public List<SegmentToName> meceToName(long meceRun) {
        MeceRunRepository repository = new MeceRunRepository(database);
        if (repository.find(meceRun).isEmpty()) {
            throw new AnalysisException(
                    "no MECE run with id " + meceRun + "; make one with: segbot mece run --as-of DATE");
        }
        List<SegmentToName> out = new ArrayList<>();
        for (var s : repository.segments(meceRun)) {
            Map<String, Double> profile = new LinkedHashMap<>();
            profile.put("users", (double) s.size());
            if (s.sizeShare() != null) {
                profile.put("size_share", s.sizeShare());
            }
            if (s.conversionPotential() != null) {
                profile.put("conversion_potential", s.conversionPotential());
            }
            if (s.profitability() != null) {
                profile.put("profitability", s.profitability());
            }
            SegmentToName parsed = s.rule().contains(" | ") || !s.rule().contains("_")
                    ? new SegmentToName(s.segment(), s.rule(), Map.of(), profile)
                    : SegmentToName.fromRule(s.segment(), s.rule());
            out.add(new SegmentToName(parsed.segmentId(), parsed.rule(), parsed.tiers(), profile));
        }
        return out;
    }

    /** RFM segments with their map rectangle as rule; clusters with their means against the run's. */
    public static List<SegmentToName> toName(List<SegmentProfile> segments) {
        List<SegmentProfile> clusters = segments.stream()
                .filter(s -> SegmentFamily.CLUSTER.matches(s.family()))
                .toList();
        double customers =
                clusters.stream().mapToDouble(SegmentProfile::customers).sum();
        AnalyticsSegments.Centroid runMean = new AnalyticsSegments.Centroid(
                weighted(clusters, SegmentProfile::avgRecencyDays, customers),
                weighted(clusters, SegmentProfile::avgFrequency, customers),
                weighted(clusters, SegmentProfile::avgMonetary, customers));
        List<SegmentToName> out = new ArrayList<>();
        for (SegmentProfile s : segments) {
            if (SegmentFamily.RFM.matches(s.family())) {
                out.add(AnalyticsSegments.rfm(RfmSegment.fromLabel(s.key()), profile(s)));
            } else {
                AnalyticsSegments.Centroid centroid =
                        new AnalyticsSegments.Centroid(s.avgRecencyDays(), s.avgFrequency(), s.avgMonetary());
                out.add(AnalyticsSegments.cluster(s.key(), centroid, runMean, profile(s)));
            }
        }
        return out;
    }

    private static double weighted(
            List<SegmentProfile> clusters, java.util.function.ToDoubleFunction<SegmentProfile> mean, double n) {
        return n == 0
                ? 0
                : clusters.stream()
                                .mapToDouble(s -> mean.applyAsDouble(s) * s.customers())
                                .sum()
                        / n;
    }

    private static Map<String, Double> profile(SegmentProfile s) {
        Map<String, Double> profile = new LinkedHashMap<>();
        profile.put("customers", (double) s.customers());
        profile.put("revenue_share", s.revenueShare());
        profile.put("avg_recency_days", s.avgRecencyDays());
        profile.put("avg_frequency", s.avgFrequency());
        profile.put("avg_monetary", s.avgMonetary());
        return profile;
    }

    static List<NamingRecords.Decision> decisions(NamingRun naming) {
        List<NamingRecords.Decision> rows = new ArrayList<>();
        for (NamingDecision d : naming.decisions()) {
            List<NamingRecords.Proposal> proposals = new ArrayList<>();
            for (Proposal p : d.proposals()) {
                proposals.add(new NamingRecords.Proposal(
                        p.persona(),
                        p.segmentName(),
                        p.rule(),
                        p.rationale(),
                        p.valid(),
                        p.reason(),
                        d.judgeScores().weighted().get(p.persona()),
                        d.judgeScores().scores().getOrDefault(p.persona(), Map.of())));
            }
            rows.add(new NamingRecords.Decision(
                    d.segmentId(),
                    d.rule(),
                    d.chosenName(),
                    d.method().label(),
                    d.reason(),
                    d.judgeScores().judge(),
                    d.judgeScores().pick(),
                    d.judgeScores().reason(),
                    proposals));
        }
        return rows;
    }
}
