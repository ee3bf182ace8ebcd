-- PostgreSQL twin of db/migrations/V13__rate_buckets.sql: the same tables, columns, keys and indexes, with
-- identities, BYTEA and TEXT where H2 has AUTO_INCREMENT, BLOB and CLOB, and text compared in
-- code-point order (COLLATE "C") as on H2, so every ORDER BY gives the same order on both.
-- Per-user rate limits shared by the instances on one store: one token bucket per requester and
-- ability, read and written under its row lock, so that several instances together allow the
-- configured rate rather than that rate once per instance. Times are epoch nanoseconds, exact.
CREATE TABLE rate_bucket (
    platform     VARCHAR(20) COLLATE "C" NOT NULL,
    user_id      VARCHAR(200) COLLATE "C" NOT NULL,
    ability      VARCHAR(20) COLLATE "C" NOT NULL,
    tokens       DOUBLE PRECISION NOT NULL,  -- whole and part tokens left at refilled_ns
    refilled_ns  BIGINT NOT NULL,
    full_ns      BIGINT NOT NULL,            -- when the bucket is full again: the row can go after that
    PRIMARY KEY (platform, user_id, ability)
);
CREATE INDEX rate_bucket_full ON rate_bucket (full_ns);
