package io.segbot.bot;

import java.time.Duration;

/**
 * The core's tunables, plain values the application's configuration fills in.
 *
 * @param chatWorkers answers prepared at once
 * @param chatQueue messages waiting beyond those before BUSY
 * @param answerTimeout after this the model is stopped and the checked template is sent
 * @param jobWorkers jobs running at once
 * @param jobQueue jobs waiting beyond those before BUSY
 * @param jobDeadline at shutdown, how long running jobs may take to finish before they are cancelled
 * @param eventExpiry how long a processed event id is remembered (platform retries come within minutes)
 * @param staleJobAfter a job whose process sent no heartbeat for this long is marked interrupted
 */
public record BotSettings(
        int chatWorkers,
        int chatQueue,
        Duration answerTimeout,
        int jobWorkers,
        int jobQueue,
        Duration jobDeadline,
        Duration eventExpiry,
        Duration staleJobAfter) {
    public BotSettings {
        require(chatWorkers >= 1 && chatWorkers <= 64, "chat workers must be within [1, 64], got " + chatWorkers);
        require(chatQueue >= 1 && chatQueue <= 10_000, "the chat queue must be within [1, 10000], got " + chatQueue);
        require(jobWorkers >= 1 && jobWorkers <= 64, "job workers must be within [1, 64], got " + jobWorkers);
        require(jobQueue >= 0 && jobQueue <= 1000, "the job queue must be within [0, 1000], got " + jobQueue);
        positive(answerTimeout, "the answer timeout");
        require(!jobDeadline.isNegative(), "the job deadline must not be negative, got " + jobDeadline);
        positive(eventExpiry, "the event expiry");
        positive(staleJobAfter, "the stale-job time");
        require(
                staleJobAfter.compareTo(HEARTBEAT.multipliedBy(2)) >= 0,
                "a job is taken for dead after at least two heartbeats ("
                        + HEARTBEAT.multipliedBy(2).toSeconds() + " s), got " + staleJobAfter.toSeconds() + " s");
    }

    /** How often a process marks its running jobs alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    /**
     * 2 chat workers, 32 queued, 120 s per answer (model.timeout_seconds' default), the {@link
     * JobSettings} defaults, event ids kept a day, jobs taken for dead after 60 s without a heartbeat.
     */
    public static BotSettings defaults() {
        JobSettings jobs = JobSettings.defaults();
        return new BotSettings(
                2,
                32,
                Duration.ofSeconds(120),
                jobs.workers(),
                jobs.queueCapacity(),
                jobs.shutdownDeadline(),
                Duration.ofDays(1),
                Duration.ofSeconds(60));
    }

    /** These settings with the {@code jobs:} section of the configuration. */
    public BotSettings with(JobSettings jobs) {
        return new BotSettings(
                chatWorkers,
                chatQueue,
                answerTimeout,
                jobs.workers(),
                jobs.queueCapacity(),
                jobs.shutdownDeadline(),
                eventExpiry,
                staleJobAfter);
    }

    private static void positive(Duration value, String what) {
        require(!value.isNegative() && !value.isZero(), what + " must be positive, got " + value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
