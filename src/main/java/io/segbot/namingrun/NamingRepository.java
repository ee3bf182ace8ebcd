package io.segbot.namingrun;

import io.segbot.namingrun.NamingRecords.Decision;
import io.segbot.namingrun.NamingRecords.NamingRun;
import io.segbot.namingrun.NamingRecords.Proposal;
import io.segbot.store.Database;
import io.segbot.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The jury's namings: written in one transaction (all votes or none), read back for display. */
public final class NamingRepository {
    private final Database database;

    public NamingRepository(Database database) {
        this.database = database;
    }

    /** Saves a naming with all its decisions, proposals and scores; returns the naming's id. */
    public long save(NamingRun run, List<Decision> decisions) {
        return database.inTransaction(c -> {
            long id = insertRun(c, run);
            int ordinal = 0;
            for (Decision decision : decisions) {
                insertDecision(c, id, ordinal++, decision);
            }
            return id;
        });
    }

    /** The latest naming of a run, if it was ever named. */
    public Optional<NamingRun> latest(String sourceKind, long sourceRun) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, source_kind, source_run, created_at, model, seed,"
                            + " elapsed_ms FROM naming_run WHERE source_kind = ? AND source_run = ? ORDER BY id DESC LIMIT 1")) {
                s.setString(1, sourceKind);
                s.setLong(2, sourceRun);
                try (ResultSet row = s.executeQuery()) {
                    return row.next()
                            ? Optional.of(new NamingRun(
                                    row.getLong(1),
                                    row.getString(2),
                                    row.getLong(3),
                                    row.getTimestamp(4).toInstant(),
                                    row.getString(5),
                                    row.getLong(6),
                                    row.getLong(7)))
                            : Optional.<NamingRun>empty();
                }
            }
        });
    }

    /** A naming's decisions in segment order, each with its proposals in juror order. */
    public List<Decision> decisions(long namingRunId) {
        return database.inTransaction(c -> {
            Map<String, Map<String, Map<String, Integer>>> scores = scores(c, namingRunId);
            Map<String, List<Proposal>> proposals = proposals(c, namingRunId, scores);
            List<Decision> decisions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT segment, rule, chosen_name, method, reason, judge,"
                    + " judge_pick, judge_reason FROM naming_decision WHERE naming_run_id = ? ORDER BY ordinal")) {
                s.setLong(1, namingRunId);
                try (ResultSet row = s.executeQuery()) {
                    while (row.next()) {
                        String segment = row.getString(1);
                        decisions.add(new Decision(
                                segment,
                                row.getString(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7),
                                row.getString(8),
                                proposals.getOrDefault(segment, List.of())));
                    }
                }
            }
            return decisions;
        });
    }

    private static long insertRun(Connection c, NamingRun run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO naming_run (source_kind, source_run, created_at,"
                        + " model, seed, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, run.sourceKind());
            s.setLong(2, run.sourceRun());
            s.setTimestamp(3, Timestamp.from(run.createdAt()));
            s.setString(4, run.model());
            s.setLong(5, run.seed());
            s.setLong(6, run.elapsedMs());
            return Jdbc.insertReturningId(s);
        }
    }

    private static void insertDecision(Connection c, long id, int ordinal, Decision d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO naming_decision (naming_run_id, ordinal, segment,"
                + " rule, chosen_name, method, reason, judge, judge_pick, judge_reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {
                id,
                ordinal,
                d.segment(),
                d.rule(),
                d.chosenName(),
                d.method(),
                d.reason(),
                d.judge(),
                d.judgePick(),
                d.judgeReason()
            };
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
        int place = 0;
        for (Proposal p : d.proposals()) {
            insertProposal(c, id, d.segment(), place++, p);
        }
    }

    private static void insertProposal(Connection c, long id, String segment, int ordinal, Proposal p)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO naming_proposal (naming_run_id, segment, ordinal,"
                + " persona, segment_name, rule, rationale, valid, reason, weighted_score)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {
                id, segment, ordinal, p.persona(), p.segmentName(), p.rule(), p.rationale(), p.valid(), p.reason()
            };
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            if (p.weightedScore() == null) {
                s.setNull(10, Types.DOUBLE);
            } else {
                s.setDouble(10, p.weightedScore());
            }
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO naming_score (naming_run_id, segment, persona,"
                + " criterion, score) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, Integer> score : p.scores().entrySet()) {
                s.setLong(1, id);
                s.setString(2, segment);
                s.setString(3, p.persona());
                s.setString(4, score.getKey());
                s.setInt(5, score.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<String, Map<String, Map<String, Integer>>> scores(Connection c, long id) throws SQLException {
        Map<String, Map<String, Map<String, Integer>>> scores = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT segment, persona, criterion, score FROM naming_score"
                + " WHERE naming_run_id = ? ORDER BY segment, persona, criterion")) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    scores.computeIfAbsent(row.getString(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(row.getString(2), k -> new LinkedHashMap<>())
                            .put(row.getString(3), row.getInt(4));
                }
            }
        }
        return scores;
    }

    private static Map<String, List<Proposal>> proposals(
            Connection c, long id, Map<String, Map<String, Map<String, Integer>>> scores) throws SQLException {
        Map<String, List<Proposal>> proposals = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT segment, persona, segment_name, rule, rationale, valid,"
                + " reason, weighted_score FROM naming_proposal WHERE naming_run_id = ? ORDER BY segment, ordinal")) {
            s.setLong(1, id);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    String segment = row.getString(1);
                    String persona = row.getString(2);
                    double score = row.getDouble(8);
                    Double weighted = row.wasNull() ? null : score;
                    proposals
                            .computeIfAbsent(segment, k -> new ArrayList<>())
                            .add(new Proposal(
                                    persona,
                                    row.getString(3),
                                    row.getString(4),
                                    row.getString(5),
                                    row.getBoolean(6),
                                    row.getString(7),
                                    weighted,
                                    scores.getOrDefault(segment, Map.of()).getOrDefault(persona, Map.of())));
                }
            }
        }
        return proposals;
    }
}
