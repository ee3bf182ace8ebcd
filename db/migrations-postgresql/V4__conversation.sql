-- PostgreSQL twin of db/migrations/V4__conversation.sql: the same tables, columns, keys and indexes, with
-- identities, BYTEA and TEXT where H2 has AUTO_INCREMENT, BLOB and CLOB, and text compared in
-- code-point order (COLLATE "C") as on H2, so every ORDER BY gives the same order on both.
-- Conversation memory: the last turns of each conversation (platform + channel + thread or DM),
-- so follow-ups ("and segment 2?", "why?") resolve against the previous turn. Bounded and expiring
-- (see ConversationMemory).
CREATE TABLE conversation_turn (
    conversation_key VARCHAR(400) COLLATE "C" NOT NULL,
    turn_no          BIGINT NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    intent           VARCHAR(40) COLLATE "C" NOT NULL,
    segments         VARCHAR(2000) COLLATE "C" NOT NULL,   -- JSON array of segment references (family + key)
    metric           VARCHAR(40) COLLATE "C",
    run_id           BIGINT,
    question         VARCHAR(2000) COLLATE "C" NOT NULL,
    PRIMARY KEY (conversation_key, turn_no)
);
