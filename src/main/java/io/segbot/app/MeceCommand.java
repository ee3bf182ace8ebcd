package io.segbot.app;

import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.CartTable;
import io.segbot.mece.MeceConfig;
import io.segbot.mece.MeceRun;
import io.segbot.mecerun.MeceJson;
import io.segbot.mecerun.MeceService;
import io.segbot.report.MeceCsvExport;
import io.segbot.report.MeceText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segbot mece ...}: MECE cart-abandonment segmentation that proves itself. */
@Command(
        name = "mece",
        mixinStandardHelpOptions = true,
        description = "MECE cart-abandonment segments with a proof on every run.",
        subcommands = {MeceCommand.Generate.class, MeceCommand.Run.class})
public final class MeceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    /**
     * Exit code of a run that completed but whose MECE proof failed (stored with status failed): 1,
     * a failed operation in the README's table of exit codes (2 is only a command line that does not
     * parse).
     */
    static final int PROOF_FAILED = 1;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(commandSpec.commandLine(), "say what to do: generate, run");
    }

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = "Write mock cart abandoners with the prototype's distributions (same seed and as-of"
                    + " date: byte-identical file).")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--users", defaultValue = "25000", paramLabel = "N", description = "default ${DEFAULT-VALUE}")
        int users;

        @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "default ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the 'today' of the data")
        LocalDate asOf;

        @Option(names = "--campaign-history", description = "add group/converted columns (synthetic truth, see docs)")
        boolean campaign;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            CartTable table = CartAbandonerGenerator.generate(users, seed, asOf, campaign);
            io.segbot.AtomicFiles.writeText(out, writer -> CartCsv.write(table, writer));
            System.out.printf("wrote %,d cart abandoners (seed %d, as of %s) to %s%n", users, seed, asOf, out);
            return 0;
        }
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Segment the users who abandoned a cart in the window ending at the as-of date, prove"
                    + " MECE, score and store the run.")
    static final class Run implements Callable<Integer> {
        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "FILE",
                description = "a cart-abandoner CSV to read"
                        + " directly (dates after --as-of are refused); default: a stored dataset")
        Path file;

        @Option(
                names = "--dataset",
                paramLabel = "NAME",
                description = "stored dataset; default the latest" + " cart-abandoner dataset")
        String dataset;

        @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "the window's last day")
        LocalDate asOf;

        @Option(names = "--window-days", paramLabel = "N", description = "window length; default from the config (7)")
        Integer windowDays;

        @Option(
                names = "--min-size",
                paramLabel = "N",
                description = "fold smaller buckets; default from the" + " config (auto: 2%% of the universe)")
        Integer minSize;

        @Option(
                names = "--max-size",
                paramLabel = "N",
                description = "fold larger buckets; default from the" + " config (auto: 50%% of the universe)")
        Integer maxSize;

        @Option(
                names = "--mece-config",
                paramLabel = "FILE",
                description = "a mece.yaml to use; default mece.yaml of the configuration folder (--config DIR)")
        Path config;

        @Option(
                names = "--out",
                defaultValue = "out/mece",
                paramLabel = "DIR",
                description = "where to write " + MeceCsvExport.USERS_FILE + " and " + MeceCsvExport.STRATEGY_FILE
                        + "; default ${DEFAULT-VALUE}")
        Path out;

        @Option(names = "--json", description = "print run id, universe, thresholds, proof and segments as JSON")
        boolean json;

        @Override
        public Integer call() throws Exception {
            if (file != null && dataset != null) {
                throw new IllegalArgumentException("give either FILE or --dataset, not both");
            }
            MeceConfig resolved = MeceConfigLoader.load(config, windowDays, minSize, maxSize);
            MeceService service = new MeceService(AppContext.database(), Clock.systemUTC());
            MeceService.Outcome outcome = service.run(new MeceService.Request(dataset, file, asOf, resolved));
            List<Path> files = MeceCsvExport.write(outcome.run(), out);
            print(outcome, files);
            return outcome.run().status().equals(MeceRun.OK) ? 0 : PROOF_FAILED;
        }

        private void print(MeceService.Outcome outcome, List<Path> files) throws Exception {
            if (json) {
                var node = MeceJson.summary(outcome.runId(), outcome.source(), outcome.run());
                node.put("config", MeceConfigLoader.describe(config));
                var paths = node.putArray("files");
                files.forEach(p -> paths.add(p.toString()));
                System.out.println(Json.pretty(node));
                return;
            }
            System.out.print(MeceText.render(outcome.runId(), outcome.source(), outcome.run()));
            System.out.printf(
                    "config: %s; run (assignment + proof + scores) took %.3f s%n",
                    MeceConfigLoader.describe(config), outcome.runSeconds());
            files.forEach(p -> System.out.println("wrote " + p));
        }
    }
}
