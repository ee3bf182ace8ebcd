package io.segbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stored report schedules. */
public final class ScheduleRepository {
    /**
     * One schedule as stored; {@code lastRunAt} is null until a firing was delivered (or given up).
     *
     * @param lastOutcome what the last attempt did, for {@code schedule list}; null before the first
     * @param failedAttempts failed deliveries of the current firing
     * @param retryAt when to try the current firing again, or null
     * @param scheduledBy "platform:user" of whoever added it from chat, or null (reports.yaml, CLI)
     */
    public record Row(
            String name,
            String kind,
            String cron,
            String zone,
            String platform,
            String channel,
            boolean rerun,
            Instant createdAt,
            Instant lastRunAt,
            String lastOutcome,
            int failedAttempts,
            Instant retryAt,
            String scheduledBy) {
        /** A new definition, never run. */
        public static Row defined(
                String name,
                String kind,
                String cron,
                String zone,
                String platform,
                String channel,
                boolean rerun,
                Instant createdAt,
                String scheduledBy) {
            return new Row(
                    name, kind, cron, zone, platform, channel, rerun, createdAt, null, null, 0, null, scheduledBy);
        }
    }

    private final Database database;

    public ScheduleRepository(Database database) {
        this.database = database;
    }

    /**
     * Inserts or replaces the definition; a replaced schedule keeps its last run time and outcome.
     * One statement on either vendor, so two processes adding the same schedule at once both succeed
     * and the last one wins.
     */
    public void upsert(Row row) {
        String sql = database.vendor() == Vendor.POSTGRESQL
                ? "INSERT INTO report_schedule (name, kind, cron, zone, platform, channel, rerun, created_at,"
                        + " scheduled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                        + " kind = EXCLUDED.kind, cron = EXCLUDED.cron, zone = EXCLUDED.zone,"
                        + " platform = EXCLUDED.platform, channel = EXCLUDED.channel, rerun = EXCLUDED.rerun,"
                        + " created_at = EXCLUDED.created_at, scheduled_by = EXCLUDED.scheduled_by"
                : "MERGE INTO report_schedule (name, kind, cron, zone, platform, channel, rerun, created_at,"
                        + " scheduled_by, last_run_at) KEY (name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT last_run_at FROM report_schedule WHERE name = ?))";
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, row.name());
                s.setString(2, row.kind());
                s.setString(3, row.cron());
                s.setString(4, row.zone());
                s.setString(5, row.platform());
                s.setString(6, row.channel());
                s.setBoolean(7, row.rerun());
                s.setTimestamp(8, Timestamp.from(row.createdAt()));
                s.setString(9, row.scheduledBy());
                if (database.vendor() == Vendor.H2) {
                    s.setString(10, row.name());
                }
                s.executeUpdate();
            }
            return null;
        });
    }

    public boolean remove(String name) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM report_schedule WHERE name = ?")) {
                s.setString(1, name);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static final String COLUMNS = "name, kind, cron, zone, platform, channel, rerun, created_at,"
            + " last_run_at, last_outcome, failed_attempts, retry_at, scheduled_by";

    public List<Row> list() {
        return database.inTransaction(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM report_schedule ORDER BY name");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
            return rows;
        });
    }

    private static Row row(ResultSet r) throws SQLException {
        Timestamp last = r.getTimestamp(9);
        Timestamp retry = r.getTimestamp(12);
        return new Row(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getBoolean(7),
                r.getTimestamp(8).toInstant(),
                last == null ? null : last.toInstant(),
                r.getString(10),
                r.getInt(11),
                retry == null ? null : retry.toInstant(),
                r.getString(13));
    }

    /** What one firing did, stored in the transaction that held the schedule's row. */
    public sealed interface Outcome {}

    /** The firing is done (delivered, or given up after its retries): the schedule counts from {@code at}. */
    public record Done(Instant at, String outcome) implements Outcome {}

    /** The delivery failed ({@code attempts} so far); try again at {@code retryAt}. */
    public record Retry(Instant at, int attempts, Instant retryAt, String outcome) implements Outcome {}

    /** Nothing to do after all (another process fired it meanwhile): the row is left as it is. */
    public record NotDue() implements Outcome {}

    /** The work of one firing, given the schedule's row as it is under the lock. */
    @FunctionalInterface
    public interface Firing {
        Outcome fire(Row current);
    }

    /**
     * Fires the schedule {@code name} at most once across every process sharing the store: its row
     * is locked ({@code SELECT … FOR UPDATE SKIP LOCKED}, on H2 and PostgreSQL alike) for the whole
     * firing, {@code firing} decides from the row as it is now (another process may have fired it
     * just before) and its outcome is written in the same transaction, so the next process to lock
     * the row sees it. A process that finds the row locked skips it: another one is firing it.
     *
     * <p>Blocking: holds one connection for as long as {@code firing} runs (a report's delivery).
     *
     * @return the outcome, or empty when the row was locked by another process or is gone
     */
    public Optional<Outcome> fireOnce(String name, Firing firing) {
        return database.inTransaction(c -> {
            Row current;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM report_schedule WHERE name = ? FOR UPDATE SKIP LOCKED")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Outcome>empty();
                    }
                    current = row(r);
                }
            }
            Outcome outcome = firing.fire(current);
            if (outcome instanceof Done done) {
                firingDone(c, name, done.at(), done.outcome());
            } else if (outcome instanceof Retry retry) {
                firingFailed(c, name, retry.at(), retry.attempts(), retry.retryAt(), retry.outcome());
            }
            return Optional.of(outcome);
        });
    }

    public Optional<Row> find(String name) {
        return list().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The current firing is done (delivered, or given up after its retries): counts from {@code at}. */
    public void firingDone(String name, Instant at, String outcome) {
        database.inTransaction(c -> {
            firingDone(c, name, at, outcome);
            return null;
        });
    }

    private static void firingDone(Connection c, String name, Instant at, String outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report_schedule SET last_run_at = ?,"
                + " last_outcome = ?, last_outcome_at = ?, failed_attempts = 0, retry_at = NULL WHERE name = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, outcome);
            s.setTimestamp(3, Timestamp.from(at));
            s.setString(4, name);
            s.executeUpdate();
        }
    }

    /** A delivery of the current firing failed; it is tried again at {@code retryAt}. */
    public void firingFailed(String name, Instant at, int attempts, Instant retryAt, String outcome) {
        database.inTransaction(c -> {
            firingFailed(c, name, at, attempts, retryAt, outcome);
            return null;
        });
    }

    private static void firingFailed(
            Connection c, String name, Instant at, int attempts, Instant retryAt, String outcome) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE report_schedule SET last_outcome = ?,"
                + " last_outcome_at = ?, failed_attempts = ?, retry_at = ? WHERE name = ?")) {
            s.setString(1, outcome);
            s.setTimestamp(2, Timestamp.from(at));
            s.setInt(3, attempts);
            s.setTimestamp(4, Timestamp.from(retryAt));
            s.setString(5, name);
            s.executeUpdate();
        }
    }

    public void markRun(String name, Instant at) {
        database.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("UPDATE report_schedule SET last_run_at = ? WHERE name = ?")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setString(2, name);
                s.executeUpdate();
            }
            return null;
        });
    }
}
