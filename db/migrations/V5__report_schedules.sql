-- Recurring reports (bot-config/reports.yaml and those added at run time through the Scheduler).
-- last_run_at lets a restarted bot run a missed schedule once (not once per missed firing).
CREATE TABLE report_schedule (
    name          VARCHAR(100) PRIMARY KEY,
    kind          VARCHAR(20) NOT NULL,
    cron          VARCHAR(100) NOT NULL,          -- Unix cron: minute hour day-of-month month day-of-week
    zone          VARCHAR(60) NOT NULL,           -- IANA time zone the cron is read in
    platform      VARCHAR(20) NOT NULL,
    channel       VARCHAR(200) NOT NULL,
    rerun         BOOLEAN NOT NULL,               -- re-run the analysis before the report
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at   TIMESTAMP WITH TIME ZONE
);
