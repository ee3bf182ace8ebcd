package io.segbot.bot.job;

import io.segbot.analytics.Progress;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.llm.CancellationToken;

/** What a job does; runs on a job worker thread. */
@FunctionalInterface
public interface Work {
    /**
     * @param progress report each phase; it throws {@link JobCancelledException} once the job is
     *     cancelled, which stops the work between steps
     * @param cancellation cancelled with the job, to interrupt the language model mid-generation
     */
    Result run(Progress progress, CancellationToken cancellation) throws Exception;

    /**
     * What a job produced.
     *
     * @param runId the stored run (analysis, MECE or naming), or null
     * @param message the result as posted in place of the progress line (never customer-level)
     * @param privately customer-level files for the requester only, or null
     */
    record Result(Long runId, OutgoingMessage message, OutgoingMessage privately) {
        public Result {
            java.util.Objects.requireNonNull(message, "message");
            if (message.customerLevel()) {
                throw new IllegalArgumentException("a job's channel result must not hold customer-level files");
            }
        }

        public Result(Long runId, OutgoingMessage message) {
            this(runId, message, null);
        }
    }
}
