package io.segbot.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.report.MarkdownRenderer;
import io.segbot.report.Report;
import io.segbot.report.ReportKind;
import io.segbot.report.ReportService;
import io.segbot.report.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segbot report KIND}: write a report's markdown, charts and CSV files to a folder and print it. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write a report of a stored run to a folder (report.md, PNG charts, CSV files) and print its text.",
            "Kinds: segments (RFM + clusters), churn, clv, movement (needs two runs of a dataset), mece."
        })
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "segments, churn, clv, movement or mece")
    String kind;

    @Option(names = "--run", paramLabel = "ID", description = "run id; default the latest run (of --dataset)")
    Long run;

    @Option(
            names = "--compare",
            paramLabel = "RUN",
            description = "movement: the earlier run; default the latest run before --run (of the same dataset if any)")
    Long compare;

    @Option(
            names = "--by",
            defaultValue = "rfm",
            paramLabel = "rfm|cluster",
            description = "movement: compare RFM segments or k-means clusters; default ${DEFAULT-VALUE}")
    String by;

    @Option(names = "--dataset", paramLabel = "NAME", description = "take the latest run of this dataset")
    String dataset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the files to")
    Path out;

    @Option(names = "--json", description = "print the written files as JSON instead of the report text")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ReportService service = new ReportService(AppContext.database());
        Report report = service.build(new ReportService.Request(ReportKind.parse(kind), run, compare, by, dataset));
        List<ReportWriter.Written> written = ReportWriter.write(report, out);
        if (json) {
            ObjectNode root = Json.object();
            root.put("kind", report.kind().id());
            root.put("title", report.title());
            ArrayNode runs = root.putArray("runs");
            report.runs().forEach(r -> runs.add(r.runId()));
            ArrayNode files = root.putArray("files");
            written.forEach(w ->
                    files.addObject().put("path", w.path().toString()).put("rows", w.rows() < 0 ? null : w.rows()));
            System.out.println(Json.pretty(root));
            return 0;
        }
        System.out.print(MarkdownRenderer.render(report, MarkdownRenderer.Dialect.PLAIN));
        System.out.println();
        System.out.println("Wrote " + written.size() + " files to " + out + ": "
                + String.join(
                        ", ",
                        written.stream()
                                .map(w -> w.path().getFileName().toString())
                                .toList()));
        return 0;
    }
}
