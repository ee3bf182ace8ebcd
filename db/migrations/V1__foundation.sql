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

-- A dataset's orders, in blocks of up to 65,536 orders each (order lines of one invoice that sit
-- together are merged at import). Why blocks: one SQL row per order inserts at about 85-110k
-- rows/s into H2 on a 2-core machine (measured), too slow for 10M-row exports; a block of
-- encoded orders is one BLOB write, so the import runs at the speed of CSV parsing and stays one
-- transaction. Analyses read every order of a dataset anyway. Encoding: see PurchaseStore.
CREATE TABLE purchase_block (
    dataset_id BIGINT NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    block_no   INT NOT NULL,
    row_count  INT NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (dataset_id, block_no)
);

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

-- A run's per-customer scores, in blocks of up to 4,096 customers (the same reason as
-- purchase_block: a million SQL rows take ~20 s to insert into H2, a few hundred blocks about a
-- second). 4,096 keeps a single-customer lookup to one small block. Encoding: see CustomerBlocks.
CREATE TABLE run_customer_block (
    run_id    BIGINT NOT NULL REFERENCES analysis_run (id) ON DELETE CASCADE,
    block_no  INT NOT NULL,
    row_count INT NOT NULL,
    data      BLOB NOT NULL,
    PRIMARY KEY (run_id, block_no)
);
