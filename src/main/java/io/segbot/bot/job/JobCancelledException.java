package io.segbot.bot.job;

import io.segbot.SegbotException;

/** Thrown from a cancelled job's progress reports to stop its work between steps. */
public final class JobCancelledException extends SegbotException {
    private static final long serialVersionUID = 1L;

    public JobCancelledException(long jobId) {
        super("job " + jobId + " was cancelled");
    }
}
