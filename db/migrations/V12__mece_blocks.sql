-- Cart abandoners and MECE assignments in blocks, as orders and customer scores already are
-- (V1's purchase_block and customer_block): one SQL row per user inserted at about 50k rows/s into
-- H2 on a 2-core machine and a million assignments took ~10 s to store (segbot bench mece), while a
-- block of 4,096 encoded users is one BLOB write. Datasets and runs stored before this version keep
-- their rows in cart_abandoner and mece_assignment and are read from there; new ones use only the
-- blocks. Encodings: see store.CartBlocks and store.AssignmentBlocks.
CREATE TABLE cart_abandoner_block (
    dataset_id BIGINT NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    block_no   INT NOT NULL,
    row_count  INT NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (dataset_id, block_no)
);

CREATE TABLE mece_assignment_block (
    run_id     BIGINT NOT NULL REFERENCES mece_run (id) ON DELETE CASCADE,
    block_no   INT NOT NULL,
    row_count  INT NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (run_id, block_no)
);
