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
    /** One schedule as stored; {@code lastRunAt} is null until it first runs. */
    public record Row(
            String name,
            String kind,
            String cron,
            String zone,
            String platform,
            String channel,
            boolean rerun,
            Instant createdAt,
            Instant lastRunAt) {}

    private final Database database;

    public ScheduleRepository(Database database) {
        this.database = database;
    }

    /** Inserts or replaces the definition; a replaced schedule keeps its last run time. */
    public void upsert(Row row) {
        database.inTransaction(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("MERGE INTO report_schedule (name, kind, cron, zone, platform,"
                            + " channel, rerun, created_at, last_run_at) KEY (name) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                            + " (SELECT last_run_at FROM report_schedule WHERE name = ?))")) {
                s.setString(1, row.name());
                s.setString(2, row.kind());
                s.setString(3, row.cron());
                s.setString(4, row.zone());
                s.setString(5, row.platform());
                s.setString(6, row.channel());
                s.setBoolean(7, row.rerun());
                s.setTimestamp(8, Timestamp.from(row.createdAt()));
                s.setString(9, row.name());
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
                            + " created_at, last_run_at FROM report_schedule ORDER BY name");
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
                            last == null ? null : last.toInstant()));
                }
            }
            return rows;
        });
    }

    public Optional<Row> find(String name) {
        return list().stream().filter(r -> r.name().equals(name)).findFirst();
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
