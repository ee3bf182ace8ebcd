package io.segbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * People who asked, on any instance sharing the store, for a dataset that a job was already working
 * on: the instance that ends the job sends each of them its result (V8__job_control.sql).
 *
 * <p>Thread-safety: safe from any thread and across processes. Blocking: one short transaction per
 * call.
 */
public final class JobWaiters {
    /** Someone waiting for a job's result, and where to send it. */
    public record Waiter(
            String requesterPlatform, String requesterId, String platform, String channelId, String threadId) {}

    private final Database database;

    public JobWaiters(Database database) {
        this.database = database;
    }

    /**
     * Records {@code waiter} for job {@code jobId} while the job is queued or running; false when it
     * has ended. The job's row is locked first and ending a job updates that row, so a waiter is
     * either recorded before the job ends (and {@link #take} returns it) or refused: never lost
     * between the two.
     */
    public boolean add(long jobId, Waiter waiter) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT state FROM bot_job WHERE id = ? FOR UPDATE")) {
                s.setLong(1, jobId);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()
                            || !(rows.getString(1).equals("queued")
                                    || rows.getString(1).equals("running"))) {
                        return false;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO bot_job_waiter (job_id, requester_platform,"
                    + " requester_id, platform, channel_id, thread_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, jobId);
                s.setString(2, waiter.requesterPlatform());
                s.setString(3, waiter.requesterId());
                s.setString(4, waiter.platform());
                s.setString(5, waiter.channelId());
                s.setString(6, waiter.threadId());
                s.executeUpdate();
            }
            return true;
        });
    }

    /**
     * Removes and returns the waiters of job {@code jobId}, oldest first. Called once the job has
     * ended, by the one instance that ended it.
     */
    public List<Waiter> take(long jobId) {
        return database.inTransaction(c -> {
            List<Waiter> waiters = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT requester_platform, requester_id, platform,"
                    + " channel_id, thread_id FROM bot_job_waiter WHERE job_id = ? ORDER BY id")) {
                s.setLong(1, jobId);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        waiters.add(new Waiter(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM bot_job_waiter WHERE job_id = ?")) {
                s.setLong(1, jobId);
                s.executeUpdate();
            }
            return waiters;
        });
    }
}
