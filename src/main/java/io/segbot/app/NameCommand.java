package io.segbot.app;

import io.segbot.analytics.Progress;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModels;
import io.segbot.llm.LlmConfig;
import io.segbot.llm.NoModel;
import io.segbot.naming.PersonaBook;
import io.segbot.namingrun.NamingRecords;
import io.segbot.namingrun.NamingService;
import io.segbot.segmentation.RunRepository;
import java.nio.file.Path;
import java.util.List;
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
        NamingService service = new NamingService(AppContext.database(), java.time.Clock.systemUTC());
        if (target.run != null) {
            run = target.run;
            SegmentsCommand.require(new RunRepository(AppContext.database()), run);
        } else {
            run = target.meceRun;
            service.meceToName(run);
        }
        PersonaBook book = personas != null
                ? PersonaBook.load(personas)
                : personaBook(AppContext.config().dir());
        try (LanguageModel languageModel = noModel ? new NoModel("--no-model") : LanguageModels.open(config())) {
            System.err.println(languageModel.describe().startupLine());
            NamingService.Outcome outcome = target.run != null
                    ? service.nameAnalysisRun(run, book, languageModel, seed, Progress.NONE)
                    : service.nameMeceRun(run, book, languageModel, seed, Progress.NONE);
            List<NamingRecords.Decision> stored = outcome.decisions();
            long id = outcome.namingRunId();
            System.out.print(
                    json
                            ? Json.pretty(NamingView.json(run, id, outcome.run().model(), stored)) + "\n"
                            : NamingView.text(run, id, outcome.run().model(), stored, book));
        }
        return 0;
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
}
