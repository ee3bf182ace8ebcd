-- segbot MECE cart-abandonment segmentation: imported abandoners and proven runs.

-- One row per user of a cart_abandoners dataset (NULL = missing value). The import refuses a
-- repeated user_id, so no unique index on it is kept (it would halve the import speed).
CREATE TABLE cart_abandoner (
    dataset_id          BIGINT NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    row_no              INT NOT NULL,                 -- order in the file, so a reload is identical
    user_id             VARCHAR(200) NOT NULL,
    cart_abandoned_date DATE NOT NULL,
    last_order_date     DATE,
    avg_order_value     DOUBLE PRECISION,
    sessions_last_30d   INT,
    num_cart_items      INT,
    engagement_score    DOUBLE PRECISION,
    profitability_score DOUBLE PRECISION,
    converted           BOOLEAN,
    campaign_group      VARCHAR(10),                  -- treatment | control
    PRIMARY KEY (dataset_id, row_no)
);

-- A MECE run is written in one transaction: it exists completely or not at all. A run whose proof
-- failed is stored too, with status 'failed' and the reasons.
CREATE TABLE mece_run (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dataset_id      BIGINT REFERENCES dataset (id) ON DELETE CASCADE,  -- NULL when run on a file
    source          VARCHAR(1000) NOT NULL,           -- dataset name or file path
    source_checksum CHAR(64),                         -- SHA-256 of the file, when run on a file
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    as_of           DATE NOT NULL,
    window_start    DATE NOT NULL,
    window_days     INT NOT NULL,
    min_size        INT NOT NULL,
    max_size        INT NOT NULL,
    parameters      CLOB NOT NULL,                    -- JSON: the whole configuration and size-rule sources
    rows_read       INT NOT NULL,
    universe        INT NOT NULL,
    thresholds      CLOB NOT NULL,                    -- JSON: per dimension, quantile, raw and rounded value, tiers
    fold            CLOB NOT NULL,                    -- JSON: folded buckets and reasons
    proof           CLOB NOT NULL,                    -- JSON: the MECE proof
    status          VARCHAR(10) NOT NULL,             -- ok | failed
    failures        CLOB NOT NULL                     -- JSON array of reasons; [] when ok
);

CREATE TABLE mece_segment (
    run_id               BIGINT NOT NULL REFERENCES mece_run (id) ON DELETE CASCADE,
    rank                 INT NOT NULL,
    segment              VARCHAR(200) NOT NULL,
    rule                 VARCHAR(4000) NOT NULL,
    combos               VARCHAR(4000) NOT NULL,      -- JSON array of bucket combos in the segment
    size                 INT NOT NULL,
    conversion_potential DOUBLE PRECISION,
    lift_vs_control      DOUBLE PRECISION,
    lift_method          VARCHAR(20) NOT NULL,        -- measured | measured_haldane | estimated
    lift_ci_low          DOUBLE PRECISION,
    lift_ci_high         DOUBLE PRECISION,
    treated              INT NOT NULL,
    treated_converted    INT NOT NULL,
    control              INT NOT NULL,
    control_converted    INT NOT NULL,
    size_share           DOUBLE PRECISION,
    profitability        DOUBLE PRECISION,
    strategic_fit        DOUBLE PRECISION,
    overall_score        DOUBLE PRECISION NOT NULL,
    valid                BOOLEAN NOT NULL,
    PRIMARY KEY (run_id, segment)
);

-- Every tier combination of the run, empty ones included.
CREATE TABLE mece_bucket (
    run_id        BIGINT NOT NULL REFERENCES mece_run (id) ON DELETE CASCADE,
    ordinal       INT NOT NULL,
    combo         VARCHAR(400) NOT NULL,
    rule          VARCHAR(1000) NOT NULL,
    size          INT NOT NULL,
    final_segment VARCHAR(200),                       -- NULL for an empty combination
    PRIMARY KEY (run_id, combo)
);

-- Where each universe user went (the tiers are the combo's parts, in dimension order).
CREATE TABLE mece_assignment (
    run_id        BIGINT NOT NULL REFERENCES mece_run (id) ON DELETE CASCADE,
    user_id       VARCHAR(200) NOT NULL,
    bucket_combo  VARCHAR(400),                       -- NULL when unassigned (failed proof)
    final_segment VARCHAR(200)
);
CREATE INDEX mece_assignment_run_user ON mece_assignment (run_id, user_id);
CREATE INDEX mece_assignment_run_segment ON mece_assignment (run_id, final_segment);
