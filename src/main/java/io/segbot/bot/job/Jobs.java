package io.segbot.bot.job;

import io.segbot.ErrorReference;
import io.segbot.bot.Address;
import io.segbot.bot.Requester;
import io.segbot.llm.CancellationToken;
import io.segbot.llm.GenerationCancelledException;
import io.segbot.store.JobRepository;
import io.segbot.store.JobWaiters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs long work as jobs on a bounded executor and records each in H2 with its progress: one job
 * per dataset at a time, cancellation between steps, failures told as one sentence with a
 * reference id (the details go to the log).
 *
 * <p>Thread-safety: safe from any thread. Blocking: {@link #submit} and {@link #cancel} return after
 * one short transaction; the work runs on the job workers. Worker threads are never interrupted
 * (an interrupt closes H2's file channel); cancellation is a flag checked between steps plus the
 * model's {@link CancellationToken}.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    /** What {@link #submit} did. */
    public sealed interface Submitted {
        /** Queued as job {@code jobId}. */
        record Queued(long jobId) implements Submitted {}

        /** Job {@code holderJobId} works on the dataset; {@code waiting} when its result will come too. */
        record Busy(long holderJobId, boolean waiting) implements Submitted {}

        /** The queue is full. */
        record Full() implements Submitted {}
    }

    /** What {@link #cancel} did. */
    public enum Cancelled {
        CANCELLING,
        NOT_FOUND,
        NOT_YOURS,
        ALREADY_ENDED
    }

    private record Running(long id, Requester requester, AtomicBoolean cancelled, CancellationToken token) {}

    private final JobRepository repository;
    private final JobEvents events;
    private final Clock clock;
    private final ThreadPoolExecutor workers;
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final String owner = UUID.randomUUID().toString();

    public JobRepository repository() {
        return repository;
    }

    public Jobs(JobRepository repository, JobEvents events, Clock clock, int workers, int queueCapacity) {
        if (workers < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException(
                    "jobs need at least one worker and no negative queue, got " + workers + " and " + queueCapacity);
        }
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                workers,
                workers,
                0,
                TimeUnit.SECONDS,
                queueCapacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, "segbot-job-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** This process's id in the job table (jobs it runs carry it, and its heartbeat). */
    public String owner() {
        return owner;
    }

    /**
     * Queues {@code work} as a job, or, when another job (of any instance sharing the store) works on
     * the same dataset, records the requester to get that job's result when it ends.
     */
    public Submitted submit(JobRequest request, Work work) {
        JobRepository.Created created = create(request);
        // The holder may end between our INSERT and recording the waiter: then the dataset is free
        // again, so try again (twice at most) before answering without a promise.
        for (int attempt = 1; !created.created() && attempt < 3; attempt++) {
            if (created.holder() != 0 && repository.waiters().add(created.holder(), waiter(request))) {
                return new Submitted.Busy(created.holder(), true);
            }
            created = create(request);
        }
        if (!created.created()) {
            return new Submitted.Busy(created.holder(), false);
        }
        long id = created.jobId();
        Running job = new Running(id, request.requester(), new AtomicBoolean(), new CancellationToken());
        running.put(id, job);
        try {
            workers.execute(() -> execute(job, work));
            return new Submitted.Queued(id);
        } catch (RejectedExecutionException e) {
            running.remove(id);
            finish(id, "cancelled", null, null, "too many jobs are queued");
            return new Submitted.Full();
        }
    }

    private JobRepository.Created create(JobRequest request) {
        return repository.create(new JobRepository.NewJob(
                request.kind(),
                request.parameters(),
                request.datasetKey(),
                request.requester().platform(),
                request.requester().userId(),
                request.replyTo().platform(),
                request.replyTo().channelId(),
                request.replyTo().threadId(),
                owner,
                clock.instant()));
    }

    private static JobWaiters.Waiter waiter(JobRequest request) {
        return new JobWaiters.Waiter(
                request.requester().platform(),
                request.requester().userId(),
                request.replyTo().platform(),
                request.replyTo().channelId(),
                request.replyTo().threadId());
    }

    /**
     * Stops a job between steps; only its requester or an admin may. A job running on another
     * instance sharing the store is marked in its row, and that instance stops it at its next step.
     */
    public Cancelled cancel(long jobId, Requester who, boolean admin) {
        Optional<JobRepository.Row> row = repository.find(jobId);
        if (row.isEmpty()) {
            return Cancelled.NOT_FOUND;
        }
        boolean mine = row.get().requesterPlatform().equals(who.platform())
                && row.get().requesterId().equals(who.userId());
        if (!mine && !admin) {
            return Cancelled.NOT_YOURS;
        }
        Running job = running.get(jobId);
        if (job != null) {
            stop(job);
            return Cancelled.CANCELLING;
        }
        return repository.requestCancel(jobId) ? Cancelled.CANCELLING : Cancelled.ALREADY_ENDED;
    }

    private static void stop(Running job) {
        job.cancelled().set(true);
        job.token().cancel();
    }

    private void execute(Running job, Work work) {
        try {
            if (job.cancelled().get()
                    || repository
                            .find(job.id())
                            .map(JobRepository.Row::cancelRequested)
                            .orElse(false)) {
                end(job, "cancelled", null, null, "cancelled before it started");
                return;
            }
            Instant started = clock.instant();
            repository.started(job.id(), started);
            events.started(
                    repository.find(job.id()).orElseThrow(), ProgressLine.format(0, 0, "starting", 0, Duration.ZERO));
            JobProgress progress = new JobProgress(job.id(), repository, events, clock, started, job.cancelled());
            Work.Result result = work.run(progress, job.token());
            end(job, "succeeded", result, null, null);
        } catch (JobCancelledException | GenerationCancelledException e) {
            end(job, "cancelled", null, null, "cancelled");
        } catch (Exception | Error e) {
            String reference = ErrorReference.next();
            log.error("job {} failed (reference {})", job.id(), reference, e);
            end(job, "failed", null, reference, ErrorReference.sentence(e));
        } finally {
            running.remove(job.id());
        }
    }

    private void end(Running job, String state, Work.Result result, String reference, String error) {
        running.remove(job.id());
        List<Waiter> waiters = finish(job.id(), state, result == null ? null : result.runId(), reference, error);
        try {
            events.finished(repository.find(job.id()).orElseThrow(), result, waiters);
        } catch (RuntimeException e) {
            log.warn("could not tell anyone that job {} ended {}: {}", job.id(), state, e.toString());
        }
    }

    /** Ends the job in the store and returns who else asked for its result, on any instance. */
    private List<Waiter> finish(long id, String state, Long runId, String reference, String error) {
        repository.finish(id, state, runId, reference, error, clock.instant());
        return takeWaiters(id);
    }

    /**
     * Removes and returns the waiters of an ended job, for the one instance that ended it (here, or
     * the one that found it left by a dead process) to tell.
     */
    public List<Waiter> takeWaiters(long jobId) {
        return repository.waiters().take(jobId).stream()
                .map(w -> new Waiter(
                        Requester.of(w.requesterPlatform(), w.requesterId()),
                        new Address(w.platform(), w.channelId(), w.threadId())))
                .toList();
    }

    /**
     * Keeps this process's jobs alive in the table (call every few seconds) and stops those that
     * someone asked another instance to cancel.
     */
    public void heartbeat() {
        for (long id : repository.heartbeat(owner, clock.instant())) {
            Running job = running.get(id);
            if (job != null) {
                stop(job);
            }
        }
    }

    /**
     * Marks jobs whose process died (no heartbeat for {@code staleAfter}) as interrupted and returns
     * them, so their requesters can be told.
     */
    public List<JobRepository.Row> interruptStale(Duration staleAfter) {
        Instant now = clock.instant();
        return repository.interruptStale(now.minus(staleAfter), now);
    }

    /** How many jobs run or wait in this process. */
    public int active() {
        return running.size();
    }

    /**
     * Stops taking jobs, lets running ones finish within {@code deadline}, then cancels the rest and
     * gives them a few seconds to stop between steps; jobs still running after that are recorded as
     * interrupted.
     */
    public List<Long> shutdown(Duration deadline) {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                running.values().forEach(Jobs::stop);
                workers.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Long> left = new ArrayList<>(running.keySet());
        for (long id : left) {
            repository.finish(
                    id, "interrupted", null, null, "the bot stopped while the job was running", clock.instant());
        }
        return left;
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(30));
    }
}
