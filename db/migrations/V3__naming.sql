-- Segment names chosen by the jury (io.segbot.naming): every proposal, every judge score, the
-- pick and the reason, for each naming of a run. A run may be named several times (with or
-- without a model); each naming is kept.

CREATE TABLE naming_run (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    source_kind VARCHAR(20) NOT NULL,               -- analysis (analysis_run) | mece (mece_run)
    source_run  BIGINT NOT NULL,                    -- the named run's id in its table
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    model       VARCHAR(400) NOT NULL,              -- the model file's name, or none
    seed        BIGINT NOT NULL,
    elapsed_ms  BIGINT NOT NULL
);
CREATE INDEX naming_run_source ON naming_run (source_kind, source_run);

CREATE TABLE naming_decision (
    naming_run_id BIGINT NOT NULL REFERENCES naming_run (id) ON DELETE CASCADE,
    ordinal       INT NOT NULL,
    segment       VARCHAR(200) NOT NULL,
    rule          VARCHAR(4000) NOT NULL,
    chosen_name   VARCHAR(200) NOT NULL,
    method        VARCHAR(20) NOT NULL,             -- jury | judge_fallback | rule_based
    reason        VARCHAR(4000) NOT NULL,
    judge         VARCHAR(10) NOT NULL,             -- model | rubric | none
    judge_pick    VARCHAR(40) NOT NULL,             -- persona id, '' when nothing was judged
    judge_reason  VARCHAR(4000) NOT NULL,
    PRIMARY KEY (naming_run_id, segment)
);

CREATE TABLE naming_proposal (
    naming_run_id  BIGINT NOT NULL,
    segment        VARCHAR(200) NOT NULL,
    ordinal        INT NOT NULL,                    -- the juror's place in personas.yaml
    persona        VARCHAR(40) NOT NULL,
    segment_name   VARCHAR(400) NOT NULL,           -- as proposed, '' when the juror gave none
    rule           VARCHAR(4000) NOT NULL,
    rationale      VARCHAR(4000) NOT NULL,
    valid          BOOLEAN NOT NULL,
    reason         VARCHAR(4000) NOT NULL,          -- 'ok' or why it was dropped
    weighted_score DOUBLE PRECISION,                -- the judge's weighted total, NULL when not judged
    PRIMARY KEY (naming_run_id, segment, persona),
    FOREIGN KEY (naming_run_id, segment) REFERENCES naming_decision (naming_run_id, segment) ON DELETE CASCADE
);

CREATE TABLE naming_score (
    naming_run_id BIGINT NOT NULL,
    segment       VARCHAR(200) NOT NULL,
    persona       VARCHAR(40) NOT NULL,
    criterion     VARCHAR(40) NOT NULL,             -- mece_compliance, marketing_clarity, ...
    score         INT NOT NULL,                     -- 0..10
    PRIMARY KEY (naming_run_id, segment, persona, criterion),
    FOREIGN KEY (naming_run_id, segment, persona)
        REFERENCES naming_proposal (naming_run_id, segment, persona) ON DELETE CASCADE
);
