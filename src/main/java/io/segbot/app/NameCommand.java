package io.segbot.app;

import io.segbot.analytics.RfmSegment;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModels;
import io.segbot.llm.LlmConfig;
import io.segbot.llm.NoModel;
import io.segbot.naming.AnalyticsSegments;
import io.segbot.naming.Jury;
import io.segbot.naming.NamingDecision;
import io.segbot.naming.NamingRun;
import io.segbot.naming.PersonaBook;
import io.segbot.naming.Proposal;
import io.segbot.naming.SegmentToName;
import io.segbot.store.NamingRecords;
import io.segbot.store.NamingRepository;
import io.segbot.store.RunRecords;
import io.segbot.store.RunRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code segbot name --run ID}: the jury names an analysis run's RFM segments and k-means
 * clusters, every vote is stored (V3__naming.sql), and the table or JSON is printed. MECE runs
 * are not on main yet; they will be named the same way once their store is merged.
 */
@Command(
        name = "name",
        mixinStandardHelpOptions = true,
        description = "Name a run's segments with the jury of personas and the judge; store and print every vote.")
final class NameCommand implements Callable<Integer> {
    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** Which run to name: an analysis run (RFM segments and clusters) or a MECE run. */
    static final class Target {
        @Option(names = "--run", paramLabel = "ID", description = "analysis run id (RFM segments and k-means clusters)")
        Long run;

        @Option(names = "--mece-run", paramLabel = "ID", description = "MECE cart-abandonment run id")
        Long meceRun;
    }

    private long run;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--seed", defaultValue = "42", description = "sampling seed of the jury; default ${DEFAULT-VALUE}")
    long seed;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "GGUF model (default: SEGBOT_MODEL, model.path," + " the first models/*.gguf)")
    Path model;

    @Option(names = "--no-model", description = "name with vocabularies and the rubric even when a model is present")
    boolean noModel;

    @Option(
            names = "--personas",
            paramLabel = "FILE",
            description = "jury configuration; default personas.yaml of the configuration folder (--config)")
    Path personas;

    @Override
    public Integer call() throws Exception {
        List<SegmentToName> segments;
        if (target.run != null) {
            run = target.run;
            RunRepository runs = new RunRepository(AppContext.database());
            SegmentsCommand.require(runs, run);
            segments = toName(runs.segments(run));
        } else {
            run = target.meceRun;
            segments = meceToName(run);
        }
        PersonaBook book = personas != null
                ? PersonaBook.load(personas)
                : personaBook(AppContext.config().dir());
        try (LanguageModel languageModel = noModel ? new NoModel("--no-model") : LanguageModels.open(config())) {
            System.err.println(languageModel.describe().startupLine());
            NamingRun naming = new Jury(book, languageModel, seed).name(segments);
            NamingRepository repository = new NamingRepository(AppContext.database());
            long id = repository.save(row(naming), decisions(naming));
            List<NamingRecords.Decision> stored = repository.decisions(id);
            System.out.print(
                    json
                            ? Json.pretty(NamingView.json(run, id, naming.model(), stored)) + "\n"
                            : NamingView.text(run, id, naming.model(), stored, book));
        }
        return 0;
    }

    /** A MECE run's final segments with their exact rules; the tiers are read from the rule. */
    static List<SegmentToName> meceToName(long meceRun) {
        var repository = new io.segbot.store.MeceRunRepository(AppContext.database());
        if (repository.find(meceRun).isEmpty()) {
            throw new IllegalArgumentException(
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

    /** personas.yaml of the configuration folder, else the one packed into the jar. */
    static PersonaBook personaBook(ConfigDir dir) {
        String text = dir.read("personas.yaml")
                .orElseThrow(() -> new IllegalStateException("segbot.jar lacks bot-config/personas.yaml"));
        return PersonaBook.parse(text, dir.describe("personas.yaml"));
    }

    private LlmConfig config() {
        LlmConfig config = AppContext.config().model();
        return model == null ? config : config.withModel(model, "--model");
    }

    /** RFM segments with their map rectangle as rule; clusters with their means against the run's. */
    static List<SegmentToName> toName(List<RunRecords.Segment> segments) {
        List<RunRecords.Segment> clusters =
                segments.stream().filter(s -> s.family().equals("cluster")).toList();
        double customers =
                clusters.stream().mapToDouble(RunRecords.Segment::customers).sum();
        AnalyticsSegments.Centroid runMean = new AnalyticsSegments.Centroid(
                weighted(clusters, RunRecords.Segment::avgRecencyDays, customers),
                weighted(clusters, RunRecords.Segment::avgFrequency, customers),
                weighted(clusters, RunRecords.Segment::avgMonetary, customers));
        List<SegmentToName> out = new ArrayList<>();
        for (RunRecords.Segment s : segments) {
            if (s.family().equals("rfm")) {
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
            List<RunRecords.Segment> clusters, java.util.function.ToDoubleFunction<RunRecords.Segment> mean, double n) {
        return n == 0
                ? 0
                : clusters.stream()
                                .mapToDouble(s -> mean.applyAsDouble(s) * s.customers())
                                .sum()
                        / n;
    }

    private static Map<String, Double> profile(RunRecords.Segment s) {
        Map<String, Double> profile = new LinkedHashMap<>();
        profile.put("customers", (double) s.customers());
        profile.put("revenue_share", s.revenueShare());
        profile.put("avg_recency_days", s.avgRecencyDays());
        profile.put("avg_frequency", s.avgFrequency());
        profile.put("avg_monetary", s.avgMonetary());
        return profile;
    }

    private NamingRecords.NamingRun row(NamingRun naming) {
        return new NamingRecords.NamingRun(
                0,
                target.run != null ? "analysis" : "mece",
                run,
                Instant.now(),
                naming.model(),
                naming.seed(),
                naming.elapsed().toMillis());
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
