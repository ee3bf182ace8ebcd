package io.segbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jobs started from chat and their progress (V6__jobs.sql).
 *
 * <p>Thread-safety: safe from any thread. Blocking: one short transaction per call.
 */
public final class JobRepository {
    private static final String COLUMNS = "id, kind, parameters, dataset_key, requester_platform, requester_id,"
            + " platform, channel_id, thread_id, state, step, steps, step_label, fraction, created_at, started_at,"
            + " ended_at, heartbeat_at, owner, result_run_id, error_ref, error_message, progress_message_id, cancel_requested";

    /**
     * A job as stored; nullable fields are null until set.
     *
     * @param cancelRequested someone asked to cancel it (on any instance sharing the store); the
     *     instance running it stops it at its next step
     */
    public record Row(
            long id,
            String kind,
            String parameters,
            String datasetKey,
            String requesterPlatform,
            String requesterId,
            String platform,
            String channelId,
            String threadId,
            String state,
            int step,
            int steps,
            String stepLabel,
            double fraction,
            Instant createdAt,
            Instant startedAt,
            Instant endedAt,
            Instant heartbeatAt,
            String owner,
            Long resultRunId,
            String errorRef,
            String errorMessage,
            String progressMessageId,
            boolean cancelRequested) {}

    /** A new job's fields. */
    public record NewJob(
            String kind,
            String parameters,
            String datasetKey,
            String requesterPlatform,
            String requesterId,
            String platform,
            String channelId,
            String threadId,
            String owner,
            Instant at) {}

    /** What {@link #create} did: the new job's id, or the job already holding the dataset. */
    public record Created(long jobId, Long holder) {
        public boolean created() {
            return holder == null;
        }
    }

    private final Database database;
    private final JobWaiters waiters;

    public JobRepository(Database database) {
        this.database = database;
        this.waiters = new JobWaiters(database);
    }

    /** Who waits for each job's result, on any instance. */
    public JobWaiters waiters() {
        return waiters;
    }

    /**
     * Inserts a queued job and, when it names a dataset, takes the dataset's lock in the same
     * transaction; when another job holds the lock nothing is inserted and the holder is returned.
     */
    public Created create(NewJob job) {
        return database.inTransaction(c -> {
            long id = insert(c, job);
            if (job.datasetKey() != null && !lockDataset(c, job.datasetKey(), id)) {
                c.rollback();
                return new Created(0, holder(c, job.datasetKey()));
            }
            return new Created(id, null);
        });
    }

    private static long insert(Connection c, NewJob job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO bot_job (kind, parameters, dataset_key, requester_platform, requester_id, platform,"
                        + " channel_id, thread_id, state, created_at, heartbeat_at, owner)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, job.kind());
            s.setString(2, job.parameters());
            s.setString(3, job.datasetKey());
            s.setString(4, job.requesterPlatform());
            s.setString(5, job.requesterId());
            s.setString(6, job.platform());
            s.setString(7, job.channelId());
            s.setString(8, job.threadId());
            s.setTimestamp(9, Timestamp.from(job.at()));
            s.setTimestamp(10, Timestamp.from(job.at()));
            s.setString(11, job.owner());
            return Jdbc.insertReturningId(s);
        }
    }

    /**
     * Takes the dataset for job {@code id}; false when another job (of any process) holds it. The
     * primary key decides: of two concurrent INSERTs the second waits for the first's commit and
     * then loses. PostgreSQL aborts a transaction at its first error, so there the loss is a no-op
     * INSERT (ON CONFLICT DO NOTHING); H2 reports it as a key violation.
     */
    private boolean lockDataset(Connection c, String datasetKey, long id) throws SQLException {
        boolean postgres = database.vendor() == Vendor.POSTGRESQL;
        try (PreparedStatement lock = c.prepareStatement("INSERT INTO bot_job_lock (dataset_key, job_id) VALUES (?, ?)"
                + (postgres ? " ON CONFLICT (dataset_key) DO NOTHING" : ""))) {
            lock.setString(1, datasetKey);
            lock.setLong(2, id);
            return lock.executeUpdate() == 1;
        } catch (SQLIntegrityConstraintViolationException taken) {
            return false;
        }
    }

    private static long holder(Connection c, String datasetKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT job_id FROM bot_job_lock WHERE dataset_key = ?")) {
            s.setString(1, datasetKey);
            try (ResultSet rows = s.executeQuery()) {
                // The holder may have finished between our INSERT and this SELECT: report 0, retry later.
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    public void started(long id, Instant at) {
        update("UPDATE bot_job SET state = 'running', started_at = ?, heartbeat_at = ? WHERE id = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setTimestamp(2, Timestamp.from(at));
            s.setLong(3, id);
        });
    }

    public void progress(long id, int step, int steps, String label, double fraction, Instant at) {
        update(
                "UPDATE bot_job SET step = ?, steps = ?, step_label = ?, fraction = ?, heartbeat_at = ? WHERE id = ?",
                s -> {
                    s.setInt(1, step);
                    s.setInt(2, steps);
                    s.setString(3, label.length() > 300 ? label.substring(0, 300) : label);
                    s.setDouble(4, fraction);
                    s.setTimestamp(5, Timestamp.from(at));
                    s.setLong(6, id);
                });
    }

    public void progressMessage(long id, String messageId) {
        update("UPDATE bot_job SET progress_message_id = ? WHERE id = ?", s -> {
            s.setString(1, messageId);
            s.setLong(2, id);
        });
    }

    /**
     * Keeps the owner's jobs from being taken for dead, and returns those of them that someone asked
     * (on any instance) to cancel.
     */
    public List<Long> heartbeat(String owner, Instant at) {
        update("UPDATE bot_job SET heartbeat_at = ? WHERE owner = ? AND state IN ('queued', 'running')", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, owner);
        });
        return list("owner = ? AND cancel_requested AND state IN ('queued', 'running')", owner).stream()
                .map(Row::id)
                .toList();
    }

    /**
     * Marks a queued or running job to be cancelled, for the instance running it to stop it at its
     * next step; false when the job has already ended (or does not exist).
     */
    public boolean requestCancel(long id) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE bot_job SET cancel_requested = TRUE"
                    + " WHERE id = ? AND state IN ('queued', 'running')")) {
                s.setLong(1, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Ends a job (succeeded, failed, cancelled or interrupted) and releases its dataset. */
    public void finish(long id, String state, Long resultRunId, String errorRef, String errorMessage, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE bot_job SET state = ?, ended_at = ?,"
                    + " result_run_id = ?, error_ref = ?, error_message = ? WHERE id = ?")) {
                s.setString(1, state);
                s.setTimestamp(2, Timestamp.from(at));
                if (resultRunId == null) {
                    s.setNull(3, Types.BIGINT);
                } else {
                    s.setLong(3, resultRunId);
                }
                s.setString(4, errorRef);
                s.setString(
                        5,
                        errorMessage == null || errorMessage.length() <= 500
                                ? errorMessage
                                : errorMessage.substring(0, 500));
                s.setLong(6, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM bot_job_lock WHERE job_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Marks queued or running jobs whose heartbeat is older than {@code staleBefore} (their process
     * died) as interrupted, releases their datasets and returns them as they are now.
     */
    public List<Row> interruptStale(Instant staleBefore, Instant at) {
        List<Row> stale = list("state IN ('queued', 'running') AND heartbeat_at < ?", staleBefore);
        List<Row> interrupted = new ArrayList<>();
        for (Row row : stale) {
            if (interrupt(row.id(), staleBefore, at)) {
                interrupted.add(find(row.id()).orElseThrow());
            }
        }
        return interrupted;
    }

    /**
     * Marks one stale job interrupted unless another process did first (or its heartbeat came back):
     * of several instances starting at once, exactly one tells the requester.
     */
    private boolean interrupt(long id, Instant staleBefore, Instant at) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE bot_job SET state = 'interrupted', ended_at = ?,"
                    + " error_message = ? WHERE id = ? AND state IN ('queued', 'running') AND heartbeat_at < ?")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setString(2, "the bot stopped while the job was running");
                s.setLong(3, id);
                s.setTimestamp(4, Timestamp.from(staleBefore));
                if (s.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM bot_job_lock WHERE job_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return true;
        });
    }

    public Optional<Row> find(long id) {
        return list("id = ?", id).stream().findFirst();
    }

    /** The requester's newest jobs first. */
    public List<Row> recent(String requesterPlatform, String requesterId, int limit) {
        List<Row> rows = list("requester_platform = ? AND requester_id = ?", requesterPlatform, requesterId);
        List<Row> newest = new ArrayList<>(rows.subList(Math.max(0, rows.size() - limit), rows.size()));
        java.util.Collections.reverse(newest);
        return newest;
    }

    /** Queued and running jobs, oldest first. */
    public List<Row> active() {
        return list("state IN ('queued', 'running')");
    }

    private List<Row> list(String where, Object... arguments) {
        return database.inTransaction(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM bot_job WHERE " + where + " ORDER BY id")) {
                for (int i = 0; i < arguments.length; i++) {
                    if (arguments[i] instanceof Instant at) {
                        s.setTimestamp(i + 1, Timestamp.from(at));
                    } else {
                        s.setObject(i + 1, arguments[i]);
                    }
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(row(r));
                    }
                }
            }
            return rows;
        });
    }

    private static Row row(ResultSet r) throws SQLException {
        long runId = r.getLong(20);
        Long result = r.wasNull() ? null : runId;
        return new Row(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getInt(11),
                r.getInt(12),
                r.getString(13),
                r.getDouble(14),
                instant(r, 15),
                instant(r, 16),
                instant(r, 17),
                instant(r, 18),
                r.getString(19),
                result,
                r.getString(21),
                r.getString(22),
                r.getString(23),
                r.getBoolean(24));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp at = r.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                binder.bind(s);
                s.executeUpdate();
            }
            return null;
        });
    }
}
