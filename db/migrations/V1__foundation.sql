-- segbot foundation schema: datasets, their rows, and analysis runs.

CREATE TABLE dataset (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL UNIQUE,
    kind          VARCHAR(40)  NOT NULL,          -- transactions | customers | cart_abandoners
    source_file   VARCHAR(1000) NOT NULL,
    checksum      CHAR(64)     NOT NULL,          -- SHA-256 of the file's bytes
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_imported BIGINT NOT NULL,
    customers     BIGINT NOT NULL,
    first_date    DATE,
    last_date     DATE,
    revenue       DECIMAL(20, 2),
    exclusions    VARCHAR(4000) NOT NULL          -- JSON object: reason -> count
);
CREATE INDEX dataset_checksum ON dataset (checksum);

-- One row per order (order lines of one invoice that sit together are merged at import).
CREATE TABLE purchase (
    dataset_id  BIGINT NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    customer_id VARCHAR(100) NOT NULL,
    order_id    VARCHAR(100) NOT NULL,
    order_date  DATE NOT NULL,
    amount      DOUBLE PRECISION NOT NULL
);
CREATE INDEX purchase_dataset ON purchase (dataset_id);

-- Customer-level files (customer_id, recency_days, frequency, monetary[, segment]).
CREATE TABLE customer_input (
    dataset_id   BIGINT NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    customer_id  VARCHAR(100) NOT NULL,
    recency_days INT NOT NULL,
    frequency    INT NOT NULL,
    monetary     DOUBLE PRECISION NOT NULL,
    segment      VARCHAR(200),
    PRIMARY KEY (dataset_id, customer_id)
);

-- An analysis run is written in one transaction: it exists completely or not at all.
CREATE TABLE analysis_run (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    dataset_id   BIGINT NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    as_of        DATE NOT NULL,
    parameters   VARCHAR(4000) NOT NULL,          -- JSON: k, seed, horizon, ...
    customers    BIGINT NOT NULL,
    revenue      DOUBLE PRECISION NOT NULL,
    k            INT NOT NULL,
    silhouette   DOUBLE PRECISION NOT NULL,
    model        VARCHAR(4000)                    -- JSON: BG/NBD + Gamma-Gamma fit, or the gate's reason
);

CREATE TABLE run_segment (
    run_id          BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    family          VARCHAR(20) NOT NULL,         -- rfm | cluster
    segment_key     VARCHAR(200) NOT NULL,
    ordinal         INT NOT NULL,
    label           VARCHAR(200) NOT NULL,
    customers       INT NOT NULL,
    revenue         DOUBLE PRECISION NOT NULL,
    revenue_share   DOUBLE PRECISION NOT NULL,
    avg_recency     DOUBLE PRECISION NOT NULL,
    avg_frequency   DOUBLE PRECISION NOT NULL,
    avg_monetary    DOUBLE PRECISION NOT NULL,
    avg_clv         DOUBLE PRECISION NOT NULL,
    avg_clv_index   DOUBLE PRECISION NOT NULL,
    churn_low       INT NOT NULL,
    churn_medium    INT NOT NULL,
    churn_high      INT NOT NULL,
    avg_p_alive     DOUBLE PRECISION,
    predicted_clv   DOUBLE PRECISION,
    recommendations VARCHAR(4000) NOT NULL,       -- JSON array of strings
    PRIMARY KEY (run_id, family, segment_key)
);

CREATE TABLE run_customer (
    run_id        BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    customer_id   VARCHAR(100) NOT NULL,
    recency_days  INT NOT NULL,
    frequency     INT NOT NULL,
    monetary      DOUBLE PRECISION NOT NULL,
    r_score       TINYINT NOT NULL,
    f_score       TINYINT NOT NULL,
    m_score       TINYINT NOT NULL,
    rfm_score     DOUBLE PRECISION NOT NULL,
    rfm_segment   VARCHAR(40) NOT NULL,
    cluster       INT NOT NULL,
    churn_risk    VARCHAR(10) NOT NULL,
    clv_index     DOUBLE PRECISION NOT NULL,
    clv_horizon   DOUBLE PRECISION NOT NULL,
    value_tier    VARCHAR(10) NOT NULL,
    p_alive       DOUBLE PRECISION,
    expected_90   DOUBLE PRECISION,
    expected_365  DOUBLE PRECISION,
    predicted_clv DOUBLE PRECISION,
    PRIMARY KEY (run_id, customer_id)
);
