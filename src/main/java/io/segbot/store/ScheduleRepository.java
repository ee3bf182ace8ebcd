package io.segbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** Inserts or replaces the definition; a replaced schedule keeps its last run time. */
    public void upsert(Row row) {
        database.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("MERGE INTO report_schedule (name, kind, cron, zone, platform,"
                            + " channel, rerun, created_at, scheduled_by, last_run_at) KEY (name) VALUES (?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, (SELECT last_run_at FROM report_schedule WHERE name = ?))")) {
                s.setString(1, row.name());
                s.setString(2, row.kind());
                s.setString(3, row.cron());
                s.setString(4, row.zone());
                s.setString(5, row.platform());
                s.setString(6, row.channel());
                s.setBoolean(7, row.rerun());
                s.setTimestamp(8, Timestamp.from(row.createdAt()));
                s.setString(9, row.scheduledBy());
                s.setString(10, row.name());
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

    public List<Row> list() {
        return database.inTransaction(c -> {
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT name, kind, cron, zone, platform, channel, rerun,"
                            + " created_at, last_run_at, last_outcome, failed_attempts, retry_at, scheduled_by"
                            + " FROM report_schedule ORDER BY name");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp last = r.getTimestamp(9);
                    rows.add(new Row(
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
                            r.getTimestamp(12) == null
                                    ? null
                                    : r.getTimestamp(12).toInstant(),
                            r.getString(13)));
                }
            }
            return rows;
        });
    }

    public Optional<Row> find(String name) {
        return list().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The current firing is done (delivered, or given up after its retries): counts from {@code at}. */
    public void firingDone(String name, Instant at, String outcome) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE report_schedule SET last_run_at = ?,"
                    + " last_outcome = ?, last_outcome_at = ?, failed_attempts = 0, retry_at = NULL WHERE name = ?")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setString(2, outcome);
                s.setTimestamp(3, Timestamp.from(at));
                s.setString(4, name);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** A delivery of the current firing failed; it is tried again at {@code retryAt}. */
    public void firingFailed(String name, Instant at, int attempts, Instant retryAt, String outcome) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE report_schedule SET last_outcome = ?,"
                    + " last_outcome_at = ?, failed_attempts = ?, retry_at = ? WHERE name = ?")) {
                s.setString(1, outcome);
                s.setTimestamp(2, Timestamp.from(at));
                s.setInt(3, attempts);
                s.setTimestamp(4, Timestamp.from(retryAt));
                s.setString(5, name);
                s.executeUpdate();
            }
            return null;
        });
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
