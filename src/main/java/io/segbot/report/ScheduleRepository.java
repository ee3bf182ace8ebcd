package io.segbot.report;

import io.segbot.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Report schedules in H2 (table {@code report_schedule}, migration V5). Thread-safe. */
public final class ScheduleRepository {
    private static final String COLUMNS = "id, name, kind, cron, zone, platform, channel, rerun_analysis, dataset,"
            + " source, created_at, anchor_at, last_fired_at, last_outcome";

    private final Database database;

    public ScheduleRepository(Database database) {
        this.database = database;
    }

    /** Stores a new schedule whose first run is the first cron time after {@code now}. */
    public ReportSchedule insert(ScheduleSpec spec, String source, Instant now) {
        return database.inTransaction(c -> {
            if (find(c, spec.name()).isPresent()) {
                throw new IllegalArgumentException("a schedule named '" + spec.name() + "' exists already");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO report_schedule (name, kind, cron, zone,"
                    + " platform, channel, rerun_analysis, dataset, source, created_at, anchor_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = setSpec(s, spec);
                s.setString(i++, source);
                s.setObject(i++, utc(now));
                s.setObject(i, utc(now));
                s.executeUpdate();
            }
            return find(c, spec.name()).orElseThrow();
        });
    }

    /** Replaces the definition of schedule {@code id}; it restarts from {@code now} (no catch-up of the old timing). */
    public void replace(long id, ScheduleSpec spec, Instant now) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE report_schedule SET name = ?, kind = ?, cron = ?,"
                            + " zone = ?, platform = ?, channel = ?, rerun_analysis = ?, dataset = ?, anchor_at = ? WHERE id = ?")) {
                int i = setSpec(s, spec);
                s.setObject(i++, utc(now));
                s.setLong(i, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    public List<ReportSchedule> list() {
        return database.inTransaction(c -> {
            List<ReportSchedule> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM report_schedule ORDER BY name");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    out.add(read(rows));
                }
            }
            return out;
        });
    }

    public Optional<ReportSchedule> find(String name) {
        return database.inTransaction(c -> find(c, name));
    }

    public boolean delete(String name) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM report_schedule WHERE name = ?")) {
                s.setString(1, name);
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Records that schedule {@code id} fired at {@code at}: its next run is the first cron time after it. */
    public void markFired(long id, Instant at) {
        update(id, "UPDATE report_schedule SET anchor_at = ?, last_fired_at = ? WHERE id = ?", utc(at), utc(at));
    }

    public void recordOutcome(long id, String outcome) {
        String clipped = outcome.length() > 1000 ? outcome.substring(0, 997) + "..." : outcome;
        update(id, "UPDATE report_schedule SET last_outcome = ? WHERE id = ?", clipped);
    }

    private void update(long id, String sql, Object... values) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.setLong(values.length + 1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    private static int setSpec(PreparedStatement s, ScheduleSpec spec) throws SQLException {
        int i = 1;
        s.setString(i++, spec.name());
        s.setString(i++, spec.kind().id());
        s.setString(i++, spec.cron());
        s.setString(i++, spec.zone().getId());
        s.setString(i++, spec.destination().platform());
        s.setString(i++, spec.destination().channel());
        s.setBoolean(i++, spec.rerunAnalysis());
        if (spec.dataset() == null) {
            s.setNull(i++, Types.VARCHAR);
        } else {
            s.setString(i++, spec.dataset());
        }
        return i;
    }

    private static Optional<ReportSchedule> find(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM report_schedule WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static ReportSchedule read(ResultSet rows) throws SQLException {
        ScheduleSpec spec = new ScheduleSpec(
                rows.getString("name"),
                ReportKind.parse(rows.getString("kind")),
                rows.getString("cron"),
                ZoneId.of(rows.getString("zone")),
                new Destination(rows.getString("platform"), rows.getString("channel")),
                rows.getBoolean("rerun_analysis"),
                rows.getString("dataset"));
        return new ReportSchedule(
                rows.getLong("id"),
                spec,
                rows.getString("source"),
                instant(rows, "created_at"),
                instant(rows, "anchor_at"),
                instant(rows, "last_fired_at"),
                rows.getString("last_outcome"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
