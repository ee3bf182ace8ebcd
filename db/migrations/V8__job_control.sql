-- Job control across the instances sharing one store: `cancel N` asked of any instance marks the
-- job's row, and the instance running it stops it at its next step (it reads the mark with its
-- progress and its heartbeat); someone who asks any instance for a dataset a job is working on is
-- recorded here, and the instance that ends the job sends them its result.
ALTER TABLE bot_job ADD COLUMN cancel_requested BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE bot_job_waiter (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id             BIGINT NOT NULL,
    requester_platform VARCHAR(20) NOT NULL,
    requester_id       VARCHAR(200) NOT NULL,
    platform           VARCHAR(20) NOT NULL,              -- where to send the result
    channel_id         VARCHAR(200) NOT NULL,
    thread_id          VARCHAR(200)
);
CREATE INDEX bot_job_waiter_job ON bot_job_waiter (job_id);
