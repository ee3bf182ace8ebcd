package io.segbot.report;

import io.segbot.store.ScheduleRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs recurring reports. Schedules live in H2, so they survive restarts, and can be added, listed
 * and removed while the bot runs (the platforms call this API).
 *
 * <p>Firing rule: a schedule is due when its next cron firing after its last run (or after it was
 * created) is at or before now. A due schedule runs once and its last run becomes now, so a bot
 * that was down across several firings runs each missed schedule once at start, never in a burst.
 *
 * <p>Delivery: a firing counts as done only once the sink of the schedule's platform accepted it.
 * A process without that sink leaves the schedule alone (the process that has it delivers it). A
 * failed delivery is tried again after 1, 5 and 15 minutes; after that the firing is given up and
 * the schedule waits for its next firing. Each attempt's outcome is stored for {@code schedule list}.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    /** Builds the report for a schedule (re-running the analysis first when the schedule asks). */
    @FunctionalInterface
    public interface Producer {
        Report produce(ReportSchedule schedule) throws Exception;
    }

    /** The sinks this process has, by platform; looked up at every firing (adapters start late). */
    @FunctionalInterface
    public interface Sinks {
        Optional<ReportSink> forPlatform(String platform);
    }

    /** Told about every failed delivery, e.g. to ask whoever scheduled it to invite the bot. */
    @FunctionalInterface
    public interface Failures {
        void failed(ReportSchedule schedule, String scheduledBy, Exception failure);
    }

    /** What one tick did. */
    public record Fired(String schedule, Instant at, boolean delivered, String error) {}

    /** Waits before the retries of a failed delivery; after the last the firing is given up. */
    public static final List<Duration> BACKOFF =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15));

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ScheduleRepository repository;
    private final Clock clock;
    private final Sinks sinks;
    private final Producer producer;
    private volatile Failures failures = (schedule, by, failure) -> {};
    private ScheduledExecutorService executor;

    public Scheduler(ScheduleRepository repository, Clock clock, Map<String, ReportSink> sinks, Producer producer) {
        this(
                repository,
                clock,
                platform -> Optional.ofNullable(Map.copyOf(sinks).get(platform)),
                producer);
    }

    public Scheduler(ScheduleRepository repository, Clock clock, Sinks sinks, Producer producer) {
        this.repository = repository;
        this.clock = clock;
        this.sinks = sinks;
        this.producer = producer;
    }

    /** Who hears about failed deliveries. */
    public void onFailure(Failures listener) {
        this.failures = listener;
    }

    /**
     * Adds a schedule, or replaces the one of the same name. Re-adding an unchanged definition (as
     * loading reports.yaml at every start does) keeps its creation time, so a first run missed
     * while the bot was down still runs once at start; a changed cron or zone counts from now.
     */
    public void add(ReportSchedule schedule) {
        add(schedule, null);
    }

    /** As {@link #add(ReportSchedule)}, remembering who added it ("platform:user") to tell them of failures. */
    public void add(ReportSchedule schedule, String scheduledBy) {
        Instant createdAt = repository
                .find(schedule.name())
                .filter(row -> row.cron().equals(schedule.cron())
                        && row.zone().equals(schedule.zone().getId()))
                .map(ScheduleRepository.Row::createdAt)
                .orElse(clock.instant());
        repository.upsert(ScheduleRepository.Row.defined(
                schedule.name(),
                schedule.kind(),
                schedule.cron(),
                schedule.zone().getId(),
                schedule.platform(),
                schedule.channel(),
                schedule.rerunAnalysis(),
                createdAt,
                scheduledBy));
    }

    public boolean remove(String name) {
        return repository.remove(name);
    }

    public List<ReportSchedule> list() {
        return repository.list().stream().map(Scheduler::schedule).toList();
    }

    /** Each schedule with its last outcome, for {@code schedule list}. */
    public record Listed(ReportSchedule schedule, Optional<Instant> next, String lastOutcome) {}

    public List<Listed> listWithOutcomes() {
        Instant now = clock.instant();
        return repository.list().stream()
                .map(row -> new Listed(
                        schedule(row),
                        schedule(row).nextAfter(now),
                        row.lastOutcome() == null ? "not run yet" : row.lastOutcome()))
                .toList();
    }

    /** When the schedule fires next, from now. */
    public Optional<Instant> next(String name) {
        return repository.find(name).flatMap(row -> schedule(row).nextAfter(clock.instant()));
    }

    /**
     * Runs every due schedule this process has a sink for; returns what fired. Safe to call at any
     * time, from several processes sharing the store: each firing holds its schedule's row lock
     * (ScheduleRepository.fireOnce) and checks again under it that the schedule is still due, so a
     * firing is delivered by one process only.
     */
    public synchronized List<Fired> tick() {
        Instant now = clock.instant();
        List<Fired> fired = new ArrayList<>();
        for (ScheduleRepository.Row row : repository.list()) {
            if (!due(row, now)) {
                continue;
            }
            ReportSchedule schedule = schedule(row);
            Optional<ReportSink> sink = sinks.forPlatform(schedule.platform());
            if (sink.isEmpty()) {
                log.debug(
                        "schedule {} is due but this process has no {} sink; left for one that has",
                        row.name(),
                        schedule.platform());
                fired.add(new Fired(row.name(), now, false, "no " + schedule.platform() + " sink in this process"));
                continue;
            }
            Exception[] failure = new Exception[1];
            Fired[] result = new Fired[1];
            repository.fireOnce(row.name(), current -> {
                if (!due(current, now)) {
                    return new ScheduleRepository.NotDue();
                }
                ReportSchedule locked = schedule(current);
                try {
                    sink.get().deliver(producer.produce(locked), locked.channel());
                    result[0] = new Fired(locked.name(), now, true, null);
                    return new ScheduleRepository.Done(now, "delivered " + WHEN.format(now));
                } catch (Exception e) {
                    failure[0] = e;
                    result[0] = new Fired(locked.name(), now, false, io.segbot.ErrorReference.sentence(e));
                    return failed(current, e, now);
                }
            });
            if (result[0] != null) {
                fired.add(result[0]);
            }
            if (failure[0] != null) {
                tellFailure(schedule, row.scheduledBy(), failure[0]);
            }
        }
        return fired;
    }

    private static boolean due(ScheduleRepository.Row row, Instant now) {
        Instant since = row.lastRunAt() != null ? row.lastRunAt() : row.createdAt();
        Optional<Instant> due = schedule(row).nextAfter(since);
        return due.isPresent()
                && !due.get().isAfter(now)
                && (row.retryAt() == null || !row.retryAt().isAfter(now));
    }

    private static ScheduleRepository.Outcome failed(ScheduleRepository.Row row, Exception e, Instant now) {
        String why = io.segbot.ErrorReference.sentence(e);
        log.warn("schedule {}: delivery failed: {}", row.name(), e.toString());
        int attempts = row.failedAttempts() + 1;
        if (attempts > BACKOFF.size()) {
            return new ScheduleRepository.Done(
                    now,
                    limit("failed " + WHEN.format(now) + " (" + why + "); gave up after " + attempts
                            + " attempts, waiting for the next firing"));
        }
        Instant retry = now.plus(BACKOFF.get(attempts - 1));
        return new ScheduleRepository.Retry(
                now,
                attempts,
                retry,
                limit("failed " + WHEN.format(now) + " (" + why + "); retrying " + WHEN.format(retry)));
    }

    private void tellFailure(ReportSchedule schedule, String scheduledBy, Exception e) {
        try {
            failures.failed(schedule, scheduledBy, e);
        } catch (RuntimeException listener) {
            log.warn("schedule {}: could not report the failure: {}", schedule.name(), listener.toString());
        }
    }

    private static String limit(String outcome) {
        return outcome.length() <= 500 ? outcome : outcome.substring(0, 497) + "...";
    }

    /** Catches up once now, then checks every {@code periodSeconds} on a daemon thread. */
    public synchronized void start(long periodSeconds) {
        if (executor != null) {
            throw new IllegalStateException("the scheduler is already running");
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segbot-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleAtFixedRate(this::tickQuietly, 0, periodSeconds, TimeUnit.SECONDS);
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("scheduler tick failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    static ReportSchedule schedule(ScheduleRepository.Row row) {
        return new ReportSchedule(
                row.name(),
                row.kind(),
                row.cron(),
                ReportSchedule.zone(row.name(), row.zone()),
                row.platform(),
                row.channel(),
                row.rerun());
    }
}
