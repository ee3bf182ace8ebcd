package io.segbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.function.UnaryOperator;

/**
 * Per-user token buckets in the store (V13__rate_buckets.sql), for rate limits shared by every
 * instance on it: each change reads the bucket under its row lock and writes it back in the same
 * transaction, so two instances taking from one bucket at once take one token each, in turn.
 *
 * <p>Thread-safety: safe from any thread and across processes. Blocking: one short transaction per
 * call.
 */
public final class RateBucketRepository {
    /** Whose bucket: a requester (platform and user id) and an ability. */
    public record Key(String platform, String userId, String ability) {}

    /**
     * A bucket as stored.
     *
     * @param tokens whole and part tokens left at {@code refilledNanos}
     * @param refilledNanos epoch nanoseconds of the last refill
     * @param fullNanos epoch nanoseconds when it is full again (then the row may be deleted)
     */
    public record Bucket(double tokens, long refilledNanos, long fullNanos) {}

    private final Database database;

    public RateBucketRepository(Database database) {
        this.database = database;
    }

    /**
     * Applies {@code change} to the bucket of {@code key} ({@code fresh} when it has none yet, or its
     * row was deleted as full) and stores the result, atomically across instances; returns it.
     */
    public Bucket update(Key key, Bucket fresh, UnaryOperator<Bucket> change) {
        return database.inTransaction(c -> {
            Bucket stored = locked(c, key);
            if (stored == null) {
                insert(c, key, fresh);
                stored = locked(c, key); // ours, or the one another instance inserted first
            }
            Bucket next = change.apply(stored);
            try (PreparedStatement s = c.prepareStatement("UPDATE rate_bucket SET tokens = ?, refilled_ns = ?,"
                    + " full_ns = ? WHERE platform = ? AND user_id = ? AND ability = ?")) {
                s.setDouble(1, next.tokens());
                s.setLong(2, next.refilledNanos());
                s.setLong(3, next.fullNanos());
                bind(s, 4, key);
                s.executeUpdate();
            }
            return next;
        });
    }

    private static Bucket locked(Connection c, Key key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT tokens, refilled_ns, full_ns FROM rate_bucket"
                + " WHERE platform = ? AND user_id = ? AND ability = ? FOR UPDATE")) {
            bind(s, 1, key);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? new Bucket(rows.getDouble(1), rows.getLong(2), rows.getLong(3)) : null;
            }
        }
    }

    /**
     * Inserts a new bucket unless another instance just did. PostgreSQL aborts a transaction at its
     * first error, so there the lost race is a no-op INSERT (ON CONFLICT DO NOTHING, after waiting
     * for the winner's commit); H2 reports it as a key violation and goes on.
     */
    private void insert(Connection c, Key key, Bucket fresh) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO rate_bucket (platform, user_id, ability, tokens, refilled_ns, full_ns)"
                        + " VALUES (?, ?, ?, ?, ?, ?)"
                        + (database.vendor() == Vendor.POSTGRESQL ? " ON CONFLICT DO NOTHING" : ""))) {
            bind(s, 1, key);
            s.setDouble(4, fresh.tokens());
            s.setLong(5, fresh.refilledNanos());
            s.setLong(6, fresh.fullNanos());
            s.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException taken) {
            // another instance inserted it first; the caller locks theirs
        }
    }

    private static void bind(PreparedStatement s, int first, Key key) throws SQLException {
        s.setString(first, key.platform());
        s.setString(first + 1, key.userId());
        s.setString(first + 2, key.ability());
    }

    /** Deletes buckets that are full again at {@code nowNanos} (a missing bucket is a full one); returns how many. */
    public int expire(long nowNanos) {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM rate_bucket WHERE full_ns <= ?")) {
                s.setLong(1, nowNanos);
                return s.executeUpdate();
            }
        });
    }
}
