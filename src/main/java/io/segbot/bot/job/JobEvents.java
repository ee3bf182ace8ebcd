package io.segbot.bot.job;

import io.segbot.store.JobRepository;

/**
 * What {@link Jobs} tells the bot about a job, for it to deliver through the platform's outbox.
 *
 * <p>Thread-safety: called from job worker threads. Blocking: may block on delivery; failures must
 * be caught by the implementation (a delivery problem never changes a job's state).
 */
public interface JobEvents {
    /** The job started running; post its progress line. */
    void started(JobRepository.Row job, String progressLine);

    /** At most once a second per job. */
    void progress(JobRepository.Row job, String progressLine);

    /**
     * The job ended in {@code job.state()}.
     *
     * @param result null unless it succeeded
     * @param waiters others who asked for the same dataset meanwhile
     */
    void finished(JobRepository.Row job, Work.Result result, java.util.List<Waiter> waiters);
}
