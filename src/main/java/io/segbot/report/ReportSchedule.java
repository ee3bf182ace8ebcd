package io.segbot.report;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A recurring report, validated when made.
 *
 * @param cron a Unix cron expression (minute hour day-of-month month day-of-week), read in {@code
 *     zone}; parsed with cron-utils
 * @param platform console, slack or discord: which {@link ReportSink} delivers it
 * @param channel where on that platform (a folder name for the console)
 * @param rerunAnalysis re-run the analysis on the latest dataset before building the report
 */
public record ReportSchedule(
        String name, String kind, String cron, ZoneId zone, String platform, String channel, boolean rerunAnalysis) {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    public ReportSchedule {
        Objects.requireNonNull(zone, "zone");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException(
                    "schedule name must be letters, digits, '.', '_' or '-', got '" + name + "'");
        }
        if (!Reports.KINDS.contains(kind)) {
            throw new IllegalArgumentException(
                    "schedule " + name + ": unknown kind '" + kind + "'; choose one of " + Reports.KINDS);
        }
        parse(name, cron);
        if (platform == null || !platform.matches("console|slack|discord")) {
            throw new IllegalArgumentException(
                    "schedule " + name + ": platform must be console, slack or discord, got '" + platform + "'");
        }
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("schedule " + name + ": channel must not be blank");
        }
    }

    public static ZoneId zone(String name, String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(
                    "schedule " + name + ": unknown time zone '" + zone + "' (use e.g. Europe/London)", e);
        }
    }

    private static Cron parse(String name, String cron) {
        try {
            return PARSER.parse(cron).validate();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "schedule " + name + ": '" + cron
                            + "' is not a Unix cron expression (minute hour day-of-month month day-of-week, e.g. 0 9 * * MON): "
                            + e.getMessage(),
                    e);
        }
    }

    /** The first firing strictly after {@code after}. */
    public Optional<Instant> nextAfter(Instant after) {
        ExecutionTime execution = ExecutionTime.forCron(parse(name, cron));
        return execution.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }
}
