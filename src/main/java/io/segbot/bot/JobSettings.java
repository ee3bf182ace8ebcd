package io.segbot.bot;

import java.time.Duration;
import java.util.Objects;

/**
 * How long work runs ({@code jobs} in segbot.yaml).
 *
 * @param workers jobs that run at once, 1..64, default 2
 * @param queueCapacity jobs that may wait, 0..1000, default 20; more are refused as busy
 * @param shutdownDeadline how long a shutdown waits for running jobs before cancelling them,
 *     0 s .. 1 hour, default 30 s
 */
public record JobSettings(int workers, int queueCapacity, Duration shutdownDeadline) {
    public JobSettings {
        Objects.requireNonNull(shutdownDeadline, "shutdownDeadline");
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("jobs.workers must be within [1, 64], got " + workers);
        }
        if (queueCapacity < 0 || queueCapacity > 1000) {
            throw new IllegalArgumentException("jobs.queue_capacity must be within [0, 1000], got " + queueCapacity);
        }
        if (shutdownDeadline.isNegative() || shutdownDeadline.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException(
                    "jobs.shutdown_deadline_seconds must be within [0, 3600], got " + shutdownDeadline.toSeconds());
        }
    }

    public static JobSettings defaults() {
        return new JobSettings(2, 20, Duration.ofSeconds(30));
    }
}
