package io.segbot.report;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a recurring report is: its unique name, the report kind, when (a UNIX cron expression read
 * in {@code zone}, see {@link CronSchedule}), where to, whether to analyse the dataset again first,
 * and the dataset (null: the latest run of any dataset; with re-analysis, the latest dataset).
 */
public record ScheduleSpec(
        String name,
        ReportKind kind,
        String cron,
        ZoneId zone,
        Destination destination,
        boolean rerunAnalysis,
        String dataset) {
    public ScheduleSpec {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException(
                    "schedule name must be 1-100 letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(destination, "destination");
        cron = CronSchedule.parse(cron, zone).expression();
        dataset = dataset == null || dataset.isBlank() ? null : dataset.trim();
    }

    public CronSchedule schedule() {
        return CronSchedule.parse(cron, zone);
    }
}
