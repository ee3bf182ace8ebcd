package io.segbot.bot.job;

import io.segbot.analytics.Progress;
import io.segbot.store.JobRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running job's {@link Progress}: stops the work once the job is cancelled (here, or in its row
 * by another instance, read with each stored progress), and stores and shows the progress at most
 * once a second (platforms rate-limit message edits, about one a
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
        JobRepository.Row job = repository.find(jobId).orElseThrow();
        if (job.cancelRequested()) {
            // cancelled through another instance sharing the store
            cancelled.set(true);
            throw new JobCancelledException(jobId);
        }
        events.progress(job, line);
    }
}
