package io.segbot.app;

import io.segbot.report.Report;
import io.segbot.report.ReportFiles;
import io.segbot.report.ReportText;
import io.segbot.report.Reports;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code segbot report KIND}: render a stored run as markdown, PNG charts and CSV files. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Write a report (segments, churn, clv, mece, movement) of a stored run: report.md, PNG charts, CSVs.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "segments, churn, clv, mece or movement")
    String kind;

    @Option(names = "--run", paramLabel = "ID", description = "the run (a MECE run for mece); default the latest")
    Long run;

    @Option(
            names = "--compare",
            paramLabel = "RUN",
            description = "movement: the earlier run; default the one before --run")
    Long compare;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into")
    Path out;

    @Override
    public Integer call() throws Exception {
        Report report = Reports.build(AppContext.database(), kind, run, compare);
        List<Path> files = ReportFiles.write(report, out);
        System.out.print(ReportText.markdown(report));
        System.out.println();
        files.forEach(file -> System.out.println("wrote " + file));
        return 0;
    }
}
