package io.segbot.app;

import io.segbot.report.FolderSink;
import io.segbot.report.ReportSchedule;
import io.segbot.report.ReportSink;
import io.segbot.report.Reports;
import io.segbot.report.ScheduleFile;
import io.segbot.report.Scheduler;
import io.segbot.segmentation.AnalysisService;
import io.segbot.store.Database;
import io.segbot.store.ScheduleRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Builds the scheduler with this process's sinks and loads bot-config/reports.yaml into it. */
final class ScheduleWiring {
    static final Path CONSOLE_FOLDER = Path.of("reports");

    private ScheduleWiring() {}

    static Scheduler scheduler(Database database, Map<String, ReportSink> sinks) {
        Clock clock = Clock.systemUTC();
        Scheduler scheduler =
                new Scheduler(new ScheduleRepository(database), clock, sinks, schedule -> produce(database, schedule));
        configured().forEach(scheduler::add);
        return scheduler;
    }

    /** The schedules reports.yaml of the configuration folder defines. */
    static java.util.List<ReportSchedule> configured() {
        ConfigDir dir = AppContext.config().dir();
        String file = dir.describe("reports.yaml");
        return dir.read("reports.yaml")
                .map(text -> ScheduleFile.parse(text, file))
                .orElse(java.util.List.of());
    }

    static Map<String, ReportSink> consoleSinks() {
        return Map.of("console", new FolderSink(CONSOLE_FOLDER, Clock.systemUTC()));
    }

    static io.segbot.report.Report produce(Database database, ReportSchedule schedule) {
        if (schedule.rerunAnalysis() && !schedule.kind().equals("mece")) {
            new AnalysisService(database, Clock.systemUTC())
                    .analyze(new AnalysisService.Request(null, null, 0, 42, 365));
        }
        return Reports.build(database, schedule.kind(), null, null);
    }
}
