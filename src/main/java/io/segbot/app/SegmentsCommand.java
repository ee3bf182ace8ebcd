package io.segbot.app;

import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code segbot segments}: show a stored run again. */
@Command(name = "segments", mixinStandardHelpOptions = true, description = "Show the segment table of a stored run.")
final class SegmentsCommand implements Callable<Integer> {
    @Option(names = "--run", paramLabel = "ID", description = "run id; default the latest run")
    Long run;

    @Option(names = "--json", description = "print the run as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        RunRepository runs = new RunRepository(AppContext.database());
        long id = run != null
                ? run
                : runs.latest()
                        .map(RunRecords.Run::id)
                        .orElseThrow(() -> new IllegalArgumentException("no analysis run yet; run: segbot analyze"));
        print(runs, id, json);
        return 0;
    }

    static RunRecords.Run require(RunRepository runs, long id) {
        return runs.find(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no run with id " + id + "; list runs with: segbot segments (latest) or segbot datasets"));
    }

    static void print(RunRepository runs, long id, boolean json) throws Exception {
        RunRecords.Run run = require(runs, id);
        System.out.print(json ? Json.pretty(AnalyzeCommand.runJson(runs, run)) + "\n" : AnalyzeCommand.text(runs, run));
    }
}
