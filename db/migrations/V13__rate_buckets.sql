-- Per-user rate limits shared by the instances on one store: one token bucket per requester and
-- ability, read and written under its row lock, so that several instances together allow the
-- configured rate rather than that rate once per instance. Times are epoch nanoseconds, exact.
CREATE TABLE rate_bucket (
    platform     VARCHAR(20) NOT NULL,
    user_id      VARCHAR(200) NOT NULL,
    ability      VARCHAR(20) NOT NULL,
    tokens       DOUBLE PRECISION NOT NULL,  -- whole and part tokens left at refilled_ns
    refilled_ns  BIGINT NOT NULL,
    full_ns      BIGINT NOT NULL,            -- when the bucket is full again: the row can go after that
    PRIMARY KEY (platform, user_id, ability)
);
CREATE INDEX rate_bucket_full ON rate_bucket (full_ns);
