-- Long work started from chat (run, mece, name, report) as jobs with their progress, so a restart
-- knows what was running and `status` can answer from any process sharing the store.
-- A job whose heartbeat stops (the process died) is marked 'interrupted' by the next process.
CREATE TABLE bot_job (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(20) NOT NULL,            -- run, mece, name, report
    parameters          VARCHAR(2000) NOT NULL,          -- the command as the user typed its values
    dataset_key         VARCHAR(200),                    -- one job per dataset at a time
    requester_platform  VARCHAR(20) NOT NULL,
    requester_id        VARCHAR(200) NOT NULL,
    platform            VARCHAR(20) NOT NULL,            -- where to answer
    channel_id          VARCHAR(200) NOT NULL,
    thread_id           VARCHAR(200),
    state               VARCHAR(12) NOT NULL,            -- queued, running, succeeded, failed, cancelled, interrupted
    step                INT NOT NULL DEFAULT 0,
    steps               INT NOT NULL DEFAULT 0,
    step_label          VARCHAR(300),
    fraction            DOUBLE PRECISION NOT NULL DEFAULT 0,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE,
    heartbeat_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    owner               VARCHAR(100) NOT NULL,           -- the process running it
    result_run_id       BIGINT,
    error_ref           VARCHAR(20),                     -- quoted to the user; the log has the details
    error_message       VARCHAR(500),                    -- a sentence fit to show, never raw exception text
    progress_message_id VARCHAR(200)                     -- the posted progress line the result replaces
);
CREATE INDEX bot_job_state ON bot_job (state);

-- Held while a job works on a dataset: the primary key makes a second job on it lose the INSERT,
-- across processes too.
CREATE TABLE bot_job_lock (
    dataset_key VARCHAR(200) PRIMARY KEY,
    job_id      BIGINT NOT NULL
);
