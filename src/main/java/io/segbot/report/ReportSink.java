package io.segbot.report;

/**
 * Where a rendered report goes: each platform implements it (Slack and Discord upload the charts
 * and CSVs and post the text split to their limits; the console writes a folder).
 *
 * <p>Thread-safety: called from the scheduler's single thread; implementations need not be
 * thread-safe unless shared. Blocking: may block on I/O until the report is delivered. Nullness:
 * no argument is null. Failures throw; the scheduler logs them and tries again at the next firing.
 */
@FunctionalInterface
public interface ReportSink {
    void deliver(Report report, String channel) throws Exception;
}
