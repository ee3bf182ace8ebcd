-- Run by Flyway after every migration on PostgreSQL (a callback, not a version; it has no H2 twin).
-- The *_block columns hold blocks segbot already encodes compactly: PostgreSQL's default for BYTEA
-- (EXTENDED: compress with pglz, then store out of line) spent most of an import and of storing a
-- run compressing them. EXTERNAL stores them out of line as they are (segbot bench store, README).
-- Idempotent: setting the same storage again changes nothing.
ALTER TABLE purchase_block ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE run_customer_block ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE cart_abandoner_block ALTER COLUMN data SET STORAGE EXTERNAL;
ALTER TABLE mece_assignment_block ALTER COLUMN data SET STORAGE EXTERNAL;
