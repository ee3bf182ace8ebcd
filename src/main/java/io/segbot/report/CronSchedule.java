package io.segbot.report;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A cron expression read in a time zone, with cron-utils' UNIX definition: five fields, minute
 * hour day-of-month month day-of-week ({@code 0 9 * * MON} is 09:00 every Monday); names (MON, JAN),
 * lists, ranges and steps ({@code *}/15) are allowed; no seconds field, no Quartz {@code ?}. Daylight
 * saving is handled by cron-utils in the given zone.
 */
public final class CronSchedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String expression;
    private final ZoneId zone;
    private final ExecutionTime times;

    private CronSchedule(String expression, ZoneId zone, Cron cron) {
        this.expression = expression;
        this.zone = zone;
        this.times = ExecutionTime.forCron(cron);
    }

    /** Parses {@code expression}; the message of a refusal names it and shows the expected form. */
    public static CronSchedule parse(String expression, ZoneId zone) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("a schedule needs a cron expression, e.g. \"0 9 * * MON\"");
        }
        try {
            Cron cron = PARSER.parse(expression.trim());
            cron.validate();
            return new CronSchedule(expression.trim(), zone, cron);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "invalid cron expression '" + expression + "': " + e.getMessage()
                            + "; expected five UNIX cron fields: minute hour day-of-month month day-of-week, e.g. \"0 9 * * MON\"",
                    e);
        }
    }

    /** The first scheduled instant strictly after {@code after}; empty if the expression never fires again. */
    public java.util.Optional<Instant> nextAfter(Instant after) {
        return times.nextExecution(ZonedDateTime.ofInstant(after, zone)).map(ZonedDateTime::toInstant);
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }
}
