package io.segbot.app;

import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A Spark run started from the command line, recorded in the store's job table like a bot's job:
 * its step and label follow the Spark job's steps, so {@code status N} (in chat, on any instance
 * sharing the store) shows how far it got. A heartbeat every 10 s keeps instances from taking it for
 * dead while a long Spark stage prints nothing.
 */
final class SparkJobRecord implements AutoCloseable {
    private static final long HEARTBEAT_SECONDS = 10;

    private final JobRepository jobs;
    private final Clock clock;
    private final long id;
    private final String owner;
    private final ScheduledExecutorService heartbeat;

    private SparkJobRecord(JobRepository jobs, Clock clock, long id, String owner) {
        this.jobs = jobs;
        this.clock = clock;
        this.id = id;
        this.owner = owner;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segbot-spark-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(
                () -> jobs.heartbeat(owner, clock.instant()), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Records a running job of kind "run" for {@code parameters}, requested from the command line. */
    static SparkJobRecord start(Database database, Clock clock, String parameters) {
        JobRepository jobs = new JobRepository(database);
        String user = System.getProperty("user.name", "cli");
        String owner = "cli-" + ProcessHandle.current().pid();
        long id = jobs.create(new JobRepository.NewJob(
                        "run",
                        parameters.length() > 2000 ? parameters.substring(0, 2000) : parameters,
                        null,
                        "cli",
                        user,
                        "cli",
                        "cli",
                        null,
                        owner,
                        clock.instant()))
                .jobId();
        jobs.started(id, clock.instant());
        return new SparkJobRecord(jobs, clock, id, owner);
    }

    long id() {
        return id;
    }

    void step(int step, int steps, String label) {
        jobs.progress(id, step, steps, label.length() > 300 ? label.substring(0, 300) : label, 0, clock.instant());
    }

    void succeeded(Long runId) {
        jobs.finish(id, "succeeded", runId, null, null, clock.instant());
    }

    void failed(String sentence) {
        jobs.finish(
                id,
                "failed",
                null,
                null,
                sentence.length() > 500 ? sentence.substring(0, 500) : sentence,
                clock.instant());
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }
}
