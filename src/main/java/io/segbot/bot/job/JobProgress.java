package io.segbot.bot.job;

import io.segbot.analytics.Progress;
import io.segbot.store.JobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running job's {@link Progress}: stops the work once the job is cancelled, and stores and
 * shows the progress at most once a second (platforms rate-limit message edits, about one a
 * second for Slack's chat.update).
 */
final class JobProgress implements Progress {
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final long jobId;
    private final JobRepository repository;
    private final JobEvents events;
    private final Clock clock;
    private final Instant started;
    private final AtomicBoolean cancelled;
    private Instant lastShown;

    JobProgress(
            long jobId,
            JobRepository repository,
            JobEvents events,
            Clock clock,
            Instant started,
            AtomicBoolean cancelled) {
        this.jobId = jobId;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.started = started;
        this.cancelled = cancelled;
        this.lastShown = started;
    }

    @Override
    public void report(int step, int steps, String label, double fraction) {
        if (cancelled.get()) {
            throw new JobCancelledException(jobId);
        }
        Instant now = clock.instant();
        if (Duration.between(lastShown, now).compareTo(INTERVAL) < 0) {
            return;
        }
        lastShown = now;
        repository.progress(jobId, step, steps, label, fraction, now);
        String line = ProgressLine.format(step, steps, label, fraction, Duration.between(started, now));
        repository.find(jobId).ifPresent(job -> events.progress(job, line));
    }
}
