-- PostgreSQL twin of db/migrations/V7__processed_events.sql: the same tables, columns, keys and indexes, with
-- identities, BYTEA and TEXT where H2 has AUTO_INCREMENT, BLOB and CLOB, and text compared in
-- code-point order (COLLATE "C") as on H2, so every ORDER BY gives the same order on both.
-- Platform event ids already taken, so a retried delivery (after a restart, or received by a second
-- process sharing this store) is answered once: the INSERT's primary key decides who answers.
CREATE TABLE processed_event (
    event_key    VARCHAR(400) COLLATE "C" PRIMARY KEY,               -- platform + ":" + event id
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX processed_event_expiry ON processed_event (expires_at);

-- Scheduled deliveries: a firing counts as done only once an outbox accepted it; failures retry
-- after 1, 5 and 15 minutes, then wait for the next firing. `schedule list` shows the last outcome.
ALTER TABLE report_schedule ADD COLUMN last_outcome VARCHAR(500) COLLATE "C";
ALTER TABLE report_schedule ADD COLUMN last_outcome_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report_schedule ADD COLUMN failed_attempts INT NOT NULL DEFAULT 0;
ALTER TABLE report_schedule ADD COLUMN retry_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE report_schedule ADD COLUMN scheduled_by VARCHAR(300) COLLATE "C";  -- platform:user, told when the bot needs an invite
