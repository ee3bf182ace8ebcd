-- Conversation memory: the last turns of each conversation (platform + channel + thread or DM),
-- so follow-ups ("and segment 2?", "why?") resolve against the previous turn. Bounded and expiring
-- (see ConversationMemory).
CREATE TABLE conversation_turn (
    conversation_key VARCHAR(400) NOT NULL,
    turn_no          BIGINT NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    intent           VARCHAR(40) NOT NULL,
    segments         VARCHAR(2000) NOT NULL,   -- JSON array of segment references (family + key)
    metric           VARCHAR(40),
    run_id           BIGINT,
    question         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (conversation_key, turn_no)
);
