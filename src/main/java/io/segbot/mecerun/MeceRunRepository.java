package io.segbot.mecerun;

import io.segbot.mecerun.MeceRunRecords.Assignment;
import io.segbot.mecerun.MeceRunRecords.AssignmentSource;
import io.segbot.mecerun.MeceRunRecords.Bucket;
import io.segbot.mecerun.MeceRunRecords.Run;
import io.segbot.mecerun.MeceRunRecords.Segment;
import io.segbot.store.Database;
import io.segbot.store.Jdbc;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** MECE runs: saved in one transaction (header, segments, buckets, assignments: all or nothing). */
public final class MeceRunRepository {
    private static final String RUN_COLUMNS = "id, dataset_id, source, source_checksum, created_at, as_of,"
            + " window_start, window_days, min_size, max_size, parameters, rows_read, universe, thresholds, fold,"
            + " proof, status, failures";

    private final Database database;

    public MeceRunRepository(Database database) {
        this.database = database;
    }

    /** Saves a whole run atomically and returns its id. */
    public long save(Run run, List<Segment> segments, List<Bucket> buckets, AssignmentSource assignments) {
        return database.inTransaction(c -> {
            long id = insertRun(c, run);
            insertSegments(c, id, segments);
            insertBuckets(c, id, buckets);
            insertAssignments(c, id, assignments);
            return id;
        });
    }

    public Optional<Run> find(long id) {
        return database.inTransaction(c -> Jdbc.first(
                c, "SELECT " + RUN_COLUMNS + " FROM mece_run WHERE id = ?", Jdbc.id(id), MeceRunRepository::readRun));
    }

    public Optional<Run> latest() {
        return database.inTransaction(c -> Jdbc.first(
                c,
                "SELECT " + RUN_COLUMNS + " FROM mece_run ORDER BY id DESC LIMIT 1",
                Jdbc.Binder.NONE,
                MeceRunRepository::readRun));
    }

    /** A run's segments, best overall score first. */
    public List<Segment> segments(long runId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT rank, segment, rule, combos, size, conversion_potential, lift_vs_control, lift_method,"
                        + " lift_ci_low, lift_ci_high, treated, treated_converted, control, control_converted,"
                        + " size_share, profitability, strategic_fit, overall_score, valid FROM mece_segment WHERE"
                        + " run_id = ? ORDER BY rank",
                Jdbc.id(runId),
                rows -> new Segment(
                        rows.getInt(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getInt(5),
                        Jdbc.nullableDouble(rows, 6),
                        Jdbc.nullableDouble(rows, 7),
                        rows.getString(8),
                        Jdbc.nullableDouble(rows, 9),
                        Jdbc.nullableDouble(rows, 10),
                        rows.getInt(11),
                        rows.getInt(12),
                        rows.getInt(13),
                        rows.getInt(14),
                        Jdbc.nullableDouble(rows, 15),
                        Jdbc.nullableDouble(rows, 16),
                        Jdbc.nullableDouble(rows, 17),
                        rows.getDouble(18),
                        rows.getBoolean(19))));
    }

    /** Every tier combination of a run, in tier-space order. */
    public List<Bucket> buckets(long runId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT combo, rule, size, final_segment FROM mece_bucket WHERE run_id = ? ORDER BY ordinal",
                Jdbc.id(runId),
                rows -> new Bucket(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4))));
    }

    /**
     * Streams a run's assignments, optionally of one final segment only, by user id: from its blocks,
     * or from the one-row-per-user table for a run stored before blocks existed (schema version 11
     * and earlier).
     */
    public void forEachAssignment(long runId, String segment, Consumer<Assignment> visitor) {
        database.inTransaction(c -> {
            List<Assignment> fromBlocks = new ArrayList<>();
            boolean[] any = {false};
            Jdbc.forEach(
                    c,
                    "SELECT row_count, data FROM mece_assignment_block WHERE run_id = ? ORDER BY block_no",
                    Jdbc.id(runId),
                    rows -> {
                        any[0] = true;
                        AssignmentBlocks.decode(rows.getInt(1), rows.getBytes(2), a -> {
                            if (segment == null || segment.equals(a.finalSegment())) {
                                fromBlocks.add(a);
                            }
                        });
                    });
            if (any[0]) {
                // the order the row table's ORDER BY user_id gave: H2 compares strings by char values
                fromBlocks.sort(java.util.Comparator.comparing(Assignment::userId));
                fromBlocks.forEach(visitor);
            } else {
                forEachAssignmentRow(c, runId, segment, visitor);
            }
            return null;
        });
    }

    private static void forEachAssignmentRow(Connection c, long runId, String segment, Consumer<Assignment> visitor)
            throws SQLException {
        Jdbc.forEach(
                c,
                "SELECT user_id, bucket_combo, final_segment FROM mece_assignment WHERE run_id = ?"
                        + (segment == null ? "" : " AND final_segment = ?") + " ORDER BY user_id",
                s -> {
                    s.setFetchSize(5_000);
                    s.setLong(1, runId);
                    if (segment != null) {
                        s.setString(2, segment);
                    }
                },
                rows -> visitor.accept(new Assignment(rows.getString(1), rows.getString(2), rows.getString(3))));
    }

    private static long insertRun(Connection c, Run run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO mece_run (dataset_id, source, source_checksum, created_at, as_of, window_start,"
                        + " window_days, min_size, max_size, parameters, rows_read, universe, thresholds, fold, proof,"
                        + " status, failures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            if (run.datasetId() == null) {
                s.setNull(i++, Types.BIGINT);
            } else {
                s.setLong(i++, run.datasetId());
            }
            s.setString(i++, run.source());
            s.setString(i++, run.sourceChecksum());
            s.setTimestamp(i++, Timestamp.from(run.createdAt()));
            s.setDate(i++, Date.valueOf(run.asOf()));
            s.setDate(i++, Date.valueOf(run.windowStart()));
            s.setInt(i++, run.windowDays());
            s.setInt(i++, run.minSize());
            s.setInt(i++, run.maxSize());
            s.setString(i++, run.parametersJson());
            s.setInt(i++, run.rowsRead());
            s.setInt(i++, run.universe());
            s.setString(i++, run.thresholdsJson());
            s.setString(i++, run.foldJson());
            s.setString(i++, run.proofJson());
            s.setString(i++, run.status());
            s.setString(i, run.failuresJson());
            return Jdbc.insertReturningId(s);
        }
    }

    private static void insertSegments(Connection c, long runId, List<Segment> segments) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO mece_segment (run_id, rank, segment, rule, combos,"
                + " size, conversion_potential, lift_vs_control, lift_method, lift_ci_low, lift_ci_high, treated,"
                + " treated_converted, control, control_converted, size_share, profitability, strategic_fit,"
                + " overall_score, valid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Segment seg : segments) {
                int i = 1;
                s.setLong(i++, runId);
                s.setInt(i++, seg.rank());
                s.setString(i++, seg.segment());
                s.setString(i++, seg.rule());
                s.setString(i++, seg.combosJson());
                s.setInt(i++, seg.size());
                Jdbc.setNullable(s, i++, seg.conversionPotential());
                Jdbc.setNullable(s, i++, seg.liftVsControl());
                s.setString(i++, seg.liftMethod());
                Jdbc.setNullable(s, i++, seg.liftCiLow());
                Jdbc.setNullable(s, i++, seg.liftCiHigh());
                s.setInt(i++, seg.treated());
                s.setInt(i++, seg.treatedConverted());
                s.setInt(i++, seg.control());
                s.setInt(i++, seg.controlConverted());
                Jdbc.setNullable(s, i++, seg.sizeShare());
                Jdbc.setNullable(s, i++, seg.profitability());
                Jdbc.setNullable(s, i++, seg.strategicFit());
                s.setDouble(i++, seg.overallScore());
                s.setBoolean(i, seg.valid());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertBuckets(Connection c, long runId, List<Bucket> buckets) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO mece_bucket (run_id, ordinal, combo, rule, size,"
                + " final_segment) VALUES (?, ?, ?, ?, ?, ?)")) {
            int ordinal = 0;
            for (Bucket bucket : buckets) {
                s.setLong(1, runId);
                s.setInt(2, ordinal++);
                s.setString(3, bucket.combo());
                s.setString(4, bucket.rule());
                s.setInt(5, bucket.size());
                s.setString(6, bucket.finalSegment());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertAssignments(Connection c, long runId, AssignmentSource assignments) throws SQLException {
        Jdbc.insertBlocks(
                c,
                "mece_assignment_block",
                runId,
                assignments.size(),
                AssignmentBlocks.BLOCK_ROWS,
                (from, to) -> AssignmentBlocks.encode(assignments, from, to));
    }

    private static Run readRun(ResultSet rows) throws SQLException {
        long datasetId = rows.getLong(2);
        Long dataset = rows.wasNull() ? null : datasetId;
        return new Run(
                rows.getLong(1),
                dataset,
                rows.getString(3),
                rows.getString(4),
                rows.getTimestamp(5).toInstant(),
                rows.getObject(6, LocalDate.class),
                rows.getObject(7, LocalDate.class),
                rows.getInt(8),
                rows.getInt(9),
                rows.getInt(10),
                rows.getString(11),
                rows.getInt(12),
                rows.getInt(13),
                rows.getString(14),
                rows.getString(15),
                rows.getString(16),
                rows.getString(17),
                rows.getString(18));
    }
}
