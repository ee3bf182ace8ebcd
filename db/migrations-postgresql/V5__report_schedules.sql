-- PostgreSQL twin of db/migrations/V5__report_schedules.sql: the same tables, columns, keys and indexes, with
-- identities, BYTEA and TEXT where H2 has AUTO_INCREMENT, BLOB and CLOB, and text compared in
-- code-point order (COLLATE "C") as on H2, so every ORDER BY gives the same order on both.
-- Recurring reports (bot-config/reports.yaml and those added at run time through the Scheduler).
-- last_run_at lets a restarted bot run a missed schedule once (not once per missed firing).
CREATE TABLE report_schedule (
    name          VARCHAR(100) COLLATE "C" PRIMARY KEY,
    kind          VARCHAR(20) COLLATE "C" NOT NULL,
    cron          VARCHAR(100) COLLATE "C" NOT NULL,          -- Unix cron: minute hour day-of-month month day-of-week
    zone          VARCHAR(60) COLLATE "C" NOT NULL,           -- IANA time zone the cron is read in
    platform      VARCHAR(20) COLLATE "C" NOT NULL,
    channel       VARCHAR(200) COLLATE "C" NOT NULL,
    rerun         BOOLEAN NOT NULL,               -- re-run the analysis before the report
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at   TIMESTAMP WITH TIME ZONE
);
