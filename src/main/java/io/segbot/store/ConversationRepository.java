package io.segbot.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stored conversation turns, newest last. */
public final class ConversationRepository {

    /**
     * One remembered turn.
     *
     * @param segments segment references as "family:key" ("rfm:Champions", "cluster:2")
     * @param metric the metric the turn was about, or null
     */
    public record Turn(
            String conversationKey,
            long turnNo,
            Instant at,
            String intent,
            List<String> segments,
            String metric,
            Long runId,
            String question) {
        public Turn {
            segments = List.copyOf(segments);
        }
    }

    /** The advisory-lock class of conversation turn numbering on PostgreSQL. */
    private static final int ADVISORY_CONVERSATIONS = 0x5E6B_0001;

    /** Tries of one append that lost the turn number to another process (H2); each loss means a win elsewhere. */
    private static final int ATTEMPTS = 20;

    private final Database database;

    public ConversationRepository(Database database) {
        this.database = database;
    }

    /**
     * Appends a turn and keeps only the newest {@code keep} turns of the conversation. Safe when
     * several processes append to one conversation at once: on PostgreSQL an advisory lock orders
     * them; H2 has none, so there the turn's primary key decides and the loser numbers again.
     */
    public void append(Turn turn, int keep) {
        for (int attempt = 1; ; attempt++) {
            try {
                appendOnce(turn, keep);
                return;
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLIntegrityConstraintViolationException) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void appendOnce(Turn turn, int keep) {
        database.inTransaction(c -> {
            if (database.vendor() == Vendor.POSTGRESQL) {
                // MAX()+1 then INSERT races between processes: hold the conversation's advisory lock
                // until commit, so the next appender reads this turn's number. (Two-int keys live apart
                // from Flyway's one-bigint lock.)
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                    lock.setInt(1, ADVISORY_CONVERSATIONS);
                    lock.setString(2, turn.conversationKey());
                    lock.execute();
                }
            }
            long next;
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COALESCE(MAX(turn_no), 0) + 1 FROM conversation_turn WHERE conversation_key = ?")) {
                s.setString(1, turn.conversationKey());
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    next = rows.getLong(1);
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO conversation_turn (conversation_key, turn_no, at,"
                            + " intent, segments, metric, run_id, question) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, turn.conversationKey());
                s.setLong(2, next);
                s.setTimestamp(3, Timestamp.from(turn.at()));
                s.setString(4, turn.intent());
                s.setString(5, JsonLists.write(turn.segments()));
                s.setString(6, turn.metric());
                s.setObject(7, turn.runId());
                s.setString(8, turn.question().length() > 2000 ? turn.question().substring(0, 2000) : turn.question());
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM conversation_turn WHERE conversation_key = ? AND turn_no <= ?")) {
                s.setString(1, turn.conversationKey());
                s.setLong(2, next - keep);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The conversation's turns at or after {@code since}, oldest first. */
    public List<Turn> recent(String conversationKey, Instant since) {
        return database.inTransaction(c -> {
            List<Turn> turns = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT conversation_key, turn_no, at, intent, segments, metric,"
                            + " run_id, question FROM conversation_turn WHERE conversation_key = ? AND at >= ? ORDER BY turn_no")) {
                s.setString(1, conversationKey);
                s.setTimestamp(2, Timestamp.from(since));
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        long run = rows.getLong(7);
                        turns.add(new Turn(
                                rows.getString(1),
                                rows.getLong(2),
                                rows.getTimestamp(3).toInstant(),
                                rows.getString(4),
                                JsonLists.read(rows.getString(5), "conversation segments"),
                                rows.getString(6),
                                rows.wasNull() ? null : run,
                                rows.getString(8)));
                    }
                }
            }
            return turns;
        });
    }

    /** Forgets a conversation; returns how many turns were deleted. */
    public int forget(String conversationKey) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM conversation_turn WHERE conversation_key = ?")) {
                s.setString(1, conversationKey);
                return s.executeUpdate();
            }
        });
    }

    /** Deletes every turn older than {@code before}, across conversations. */
    public int expire(Instant before) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM conversation_turn WHERE at < ?")) {
                s.setTimestamp(1, Timestamp.from(before));
                return s.executeUpdate();
            }
        });
    }
}
