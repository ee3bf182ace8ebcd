-- Recurring reports (issue 7): schedules survive restarts. The scheduler keeps its place in
-- anchor_at: the next run is the first cron time strictly after it. Firing sets anchor_at to the
-- time it fired (before delivering, so a crash never posts twice), which is why a run missed while
-- the bot was down fires once at start and never in a burst.
CREATE TABLE report_schedule (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(100) NOT NULL UNIQUE,
    kind           VARCHAR(20)  NOT NULL,            -- segments | churn | clv | mece | movement
    cron           VARCHAR(200) NOT NULL,            -- UNIX cron, 5 fields: minute hour day-of-month month day-of-week
    zone           VARCHAR(60)  NOT NULL,            -- IANA time zone the cron fields are read in
    platform       VARCHAR(40)  NOT NULL,            -- slack | discord | console
    channel        VARCHAR(200) NOT NULL,
    rerun_analysis BOOLEAN      NOT NULL,            -- analyse the dataset again before the report
    dataset        VARCHAR(200),                     -- dataset to report on (and re-analyse); null = latest
    source         VARCHAR(10)  NOT NULL,            -- config (bot-config/reports.yaml) | runtime (added by a user)
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    anchor_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_fired_at  TIMESTAMP WITH TIME ZONE,
    last_outcome   VARCHAR(1000)                     -- "delivered run 12" or "failed: why"
);
