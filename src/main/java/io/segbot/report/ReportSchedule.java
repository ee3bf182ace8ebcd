package io.segbot.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored schedule. {@code anchor} is where the scheduler stands: the next run is the first cron
 * time strictly after it (it is the creation time, then the time of the last firing).
 *
 * @param source "config" (from bot-config/reports.yaml) or "runtime" (added through the API)
 * @param lastFiredAt null until the schedule first fires
 * @param lastOutcome null until then; "delivered run N" or "failed: why"
 */
public record ReportSchedule(
        long id,
        ScheduleSpec spec,
        String source,
        Instant createdAt,
        Instant anchor,
        Instant lastFiredAt,
        String lastOutcome) {
    public static final String CONFIG = "config";
    public static final String RUNTIME = "runtime";

    public ReportSchedule {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(anchor, "anchor");
        if (!CONFIG.equals(source) && !RUNTIME.equals(source)) {
            throw new IllegalArgumentException("schedule source must be config or runtime, got " + source);
        }
    }

    /** The next time this schedule is due; empty if its cron expression never fires again. */
    public Optional<Instant> nextRun() {
        return spec.schedule().nextAfter(anchor);
    }
}
