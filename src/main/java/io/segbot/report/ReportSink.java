package io.segbot.report;

/**
 * The port through which a finished report leaves segbot: each chat platform implements it (render
 * with {@link MarkdownRenderer} in its dialect, lay out with {@link ChatLayout} within its
 * {@link PlatformLimits}, upload charts and CSV files), and {@link FolderSink} writes to a folder.
 *
 * <p>Threading: the {@link Scheduler} calls {@code deliver} from its single worker thread, one
 * report at a time; a platform may also call it from its own threads, so implementations must be
 * thread-safe. Blocking: {@code deliver} may block on the network or disk while it sends, but must
 * bound every wait (timeouts), because the next scheduled report waits for it. Nullness: arguments
 * are never null. Attachments stream from the database while {@code deliver} runs: write or upload
 * them before returning and do not keep the report.
 */
@FunctionalInterface
public interface ReportSink {
    /**
     * Delivers {@code report} to {@code destination}; returns normally once it is delivered.
     *
     * @throws RuntimeException when it could not be delivered (the scheduler records the message)
     */
    void deliver(Destination destination, Report report);
}
