package io.segbot.bot;

import io.segbot.bot.job.Jobs;
import io.segbot.bot.job.Waiter;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.store.JobRepository;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this process's jobs marked alive (and stops those cancelled through another instance) and
 * finds jobs whose process died: they are marked interrupted and their requesters, and whoever
 * waited for their result, told through their platform's outbox when it is registered.
 */
final class Housekeeping implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    private final Jobs jobs;
    private final Outboxes outboxes;
    private final BotSettings settings;
    private ScheduledExecutorService executor;

    Housekeeping(Jobs jobs, Outboxes outboxes, BotSettings settings) {
        this.jobs = jobs;
        this.outboxes = outboxes;
        this.settings = settings;
    }

    synchronized void start() {
        if (executor != null) {
            throw new IllegalStateException("the bot is already started");
        }
        sweep();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segbot-jobs-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long beat = BotSettings.HEARTBEAT.toMillis();
        executor.scheduleAtFixedRate(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            jobs.heartbeat();
            sweep();
        } catch (RuntimeException e) {
            log.warn("job heartbeat failed: {}", e.toString());
        }
    }

    /** Marks dead processes' jobs interrupted and tells their requesters; returns them. */
    List<JobRepository.Row> sweep() {
        List<JobRepository.Row> interrupted = jobs.interruptStale(settings.staleJobAfter());
        for (JobRepository.Row job : interrupted) {
            log.warn(
                    "job {} ({}) was left running by a process that stopped; marked interrupted",
                    job.id(),
                    job.parameters());
            outboxes.whenRegistered(job.platform(), outbox -> tell(outbox, job));
            OutgoingMessage ending = OutgoingMessage.text(JobDelivery.ending(job));
            for (Waiter waiter : jobs.takeWaiters(job.id())) {
                outboxes.whenRegistered(waiter.replyTo().platform(), outbox -> {
                    try {
                        outbox.post(waiter.replyTo(), ending);
                    } catch (RuntimeException e) {
                        log.warn(
                                "could not tell a waiter of job {} that it was interrupted: {}",
                                job.id(),
                                e.toString());
                    }
                });
            }
        }
        return interrupted;
    }

    private static void tell(Outbox outbox, JobRepository.Row job) {
        OutgoingMessage text = OutgoingMessage.text(JobDelivery.ending(job));
        Address address = JobDelivery.address(job);
        try {
            if (job.progressMessageId() != null) {
                outbox.update(new Posted(address, job.progressMessageId()), text);
            } else {
                outbox.post(address, text);
            }
        } catch (RuntimeException e) {
            log.warn("could not tell the requester of job {} that it was interrupted: {}", job.id(), e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
