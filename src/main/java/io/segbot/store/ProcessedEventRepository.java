package io.segbot.store;

import java.sql.PreparedStatement;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Event ids already taken (V7__processed_events.sql). {@link #claim} is an INSERT on the primary
 * key, so of two processes sharing the store (H2 or PostgreSQL), or a retry after a restart,
 * exactly one wins.
 *
 * <p>Thread-safety: safe from any thread. Blocking: one short transaction per call.
 */
public final class ProcessedEventRepository {
    private final Database database;

    public ProcessedEventRepository(Database database) {
        this.database = database;
    }

    /**
     * Takes {@code eventKey} until {@code expiresAt}.
     *
     * @return true for the first claim; false when the key was taken and has not expired
     */
    public boolean claim(String eventKey, Instant now, Instant expiresAt) {
        return database.inTransaction(c -> {
            try (PreparedStatement expired =
                    c.prepareStatement("DELETE FROM processed_event WHERE event_key = ? AND expires_at <= ?")) {
                expired.setString(1, eventKey);
                expired.setTimestamp(2, Timestamp.from(now));
                expired.executeUpdate();
            }
            // PostgreSQL aborts a transaction at its first error, so there the lost race is a
            // no-op INSERT (ON CONFLICT DO NOTHING: the loser waits for the winner's commit, then
            // inserts nothing); H2 reports it as a key violation.
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO processed_event (event_key, processed_at, expires_at) VALUES (?, ?, ?)"
                            + (database.vendor() == Vendor.POSTGRESQL ? " ON CONFLICT (event_key) DO NOTHING" : ""))) {
                insert.setString(1, eventKey);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setTimestamp(3, Timestamp.from(expiresAt));
                return insert.executeUpdate() == 1;
            } catch (SQLIntegrityConstraintViolationException duplicate) {
                return false;
            }
        });
    }

    /** Gives a claim back (the work could not be queued), so a retry is answered. */
    public void release(String eventKey) {
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM processed_event WHERE event_key = ?")) {
                s.setString(1, eventKey);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets expired claims; returns how many. */
    public int expire(Instant now) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM processed_event WHERE expires_at <= ?")) {
                s.setTimestamp(1, Timestamp.from(now));
                return s.executeUpdate();
            }
        });
    }
}
