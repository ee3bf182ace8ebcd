package io.segbot.report;

import io.segbot.store.ScheduleRepository;
import java.time.Clock;
import java.time.Instant;
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
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    /** Builds the report for a schedule (re-running the analysis first when the schedule asks). */
    @FunctionalInterface
    public interface Producer {
        Report produce(ReportSchedule schedule) throws Exception;
    }

    /** What one tick did. */
    public record Fired(String schedule, Instant at, boolean delivered, String error) {}

    private final ScheduleRepository repository;
    private final Clock clock;
    private final Map<String, ReportSink> sinks;
    private final Producer producer;
    private ScheduledExecutorService executor;

    public Scheduler(ScheduleRepository repository, Clock clock, Map<String, ReportSink> sinks, Producer producer) {
        this.repository = repository;
        this.clock = clock;
        this.sinks = Map.copyOf(sinks);
        this.producer = producer;
    }

    /**
     * Adds a schedule, or replaces the one of the same name. Re-adding an unchanged definition (as
     * loading reports.yaml at every start does) keeps its creation time, so a first run missed
     * while the bot was down still runs once at start; a changed cron or zone counts from now.
     */
    public void add(ReportSchedule schedule) {
        Instant createdAt = repository
                .find(schedule.name())
                .filter(row -> row.cron().equals(schedule.cron())
                        && row.zone().equals(schedule.zone().getId()))
                .map(ScheduleRepository.Row::createdAt)
                .orElse(clock.instant());
        repository.upsert(new ScheduleRepository.Row(
                schedule.name(),
                schedule.kind(),
                schedule.cron(),
                schedule.zone().getId(),
                schedule.platform(),
                schedule.channel(),
                schedule.rerunAnalysis(),
                createdAt,
                null));
    }

    public boolean remove(String name) {
        return repository.remove(name);
    }

    public List<ReportSchedule> list() {
        return repository.list().stream().map(Scheduler::schedule).toList();
    }

    /** When the schedule fires next, from now. */
    public Optional<Instant> next(String name) {
        return repository.find(name).flatMap(row -> schedule(row).nextAfter(clock.instant()));
    }

    /** Runs every due schedule once; returns what fired. Safe to call at any time. */
    public synchronized List<Fired> tick() {
        Instant now = clock.instant();
        List<Fired> fired = new ArrayList<>();
        for (ScheduleRepository.Row row : repository.list()) {
            ReportSchedule schedule = schedule(row);
            Instant since = row.lastRunAt() != null ? row.lastRunAt() : row.createdAt();
            Optional<Instant> due = schedule.nextAfter(since);
            if (due.isEmpty() || due.get().isAfter(now)) {
                continue;
            }
            fired.add(fire(schedule, now));
        }
        return fired;
    }

    private Fired fire(ReportSchedule schedule, Instant now) {
        repository.markRun(schedule.name(), now);
        ReportSink sink = sinks.get(schedule.platform());
        if (sink == null) {
            log.warn(
                    "schedule {}: no sink for platform {} in this process; skipped",
                    schedule.name(),
                    schedule.platform());
            return new Fired(schedule.name(), now, false, "no " + schedule.platform() + " sink in this process");
        }
        try {
            sink.deliver(producer.produce(schedule), schedule.channel());
            return new Fired(schedule.name(), now, true, null);
        } catch (Exception e) {
            log.warn("schedule {} failed: {}", schedule.name(), e.getMessage());
            return new Fired(schedule.name(), now, false, e.getMessage());
        }
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
