package io.segbot.report;

import io.segbot.store.Database;
import java.time.Clock;
import java.time.Duration;
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
 * Recurring reports: add, list and remove schedules at run time (platforms call these), load the
 * ones in {@code bot-config/reports.yaml}, and fire what is due. Schedules live in H2, so they
 * survive restarts.
 *
 * <p>Firing: a schedule is due when the first cron time after its anchor (its creation, then its
 * last firing) has passed. Firing first moves the anchor to now, then builds and delivers the
 * report, so a crash mid-delivery never posts twice (at most once). <b>Catch-up:</b> a run missed
 * while the bot was down is due at start and fires once, however many cron times were missed; it is
 * never replayed in a burst. Time comes from the injected {@link Clock}; {@link #runDue()} is what
 * the timer thread calls and tests call directly.
 *
 * <p>Thread-safe: {@code runDue} is serialised; add/list/remove may be called from any thread.
 */
public final class Scheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    /** Counting missed cron times for the log stops here. */
    private static final int MISSED_COUNT_CAP = 1_000;

    /** One firing: the schedule, the cron time it was due for, when it fired, what happened. */
    public record Firing(String name, Instant dueAt, Instant firedAt, int missed, boolean delivered, String outcome) {}

    private final ScheduleRepository repository;
    private final ReportService reports;
    private final Map<String, ReportSink> sinks;
    private final RunRefresher refresher;
    private final Clock clock;
    private final Object timerLock = new Object();
    private ScheduledExecutorService timer;

    /**
     * @param sinks a sink per platform ("slack", "discord", "console"); a firing for a platform
     *     without one fails with a clear outcome
     * @param refresher analyses a dataset again for schedules that ask for it; null if not wired
     */
    public Scheduler(
            Database database,
            ReportService reports,
            Map<String, ReportSink> sinks,
            RunRefresher refresher,
            Clock clock) {
        this.repository = new ScheduleRepository(database);
        this.reports = reports;
        this.sinks = Map.copyOf(sinks);
        this.refresher = refresher;
        this.clock = clock;
    }

    /** Adds a schedule at run time; its first run is its first cron time from now. */
    public ReportSchedule add(ScheduleSpec spec) {
        return repository.insert(spec, ReportSchedule.RUNTIME, clock.instant());
    }

    public List<ReportSchedule> list() {
        return repository.list();
    }

    /** Removes the schedule named {@code name}; false if there is none. */
    public boolean remove(String name) {
        return repository.delete(name);
    }

    /**
     * Makes the stored config schedules match {@code specs} (the YAML file): new names are added,
     * changed ones replaced (restarting their timing from now), removed ones deleted. Schedules added
     * at run time are left alone; a config entry may not reuse a run-time schedule's name.
     */
    public synchronized void loadConfig(List<ScheduleSpec> specs) {
        Instant now = clock.instant();
        List<String> names = specs.stream().map(ScheduleSpec::name).toList();
        for (ReportSchedule stored : repository.list()) {
            if (stored.source().equals(ReportSchedule.CONFIG)
                    && !names.contains(stored.spec().name())) {
                repository.delete(stored.spec().name());
            }
        }
        for (ScheduleSpec spec : specs) {
            Optional<ReportSchedule> stored = repository.find(spec.name());
            if (stored.isEmpty()) {
                repository.insert(spec, ReportSchedule.CONFIG, now);
            } else if (stored.get().source().equals(ReportSchedule.RUNTIME)) {
                throw new IllegalArgumentException("reports.yaml defines '" + spec.name()
                        + "', the name of a schedule added at run time; rename one of them");
            } else if (!stored.get().spec().equals(spec)) {
                repository.replace(stored.get().id(), spec, now);
            }
        }
    }

    /** Fires every schedule that is due now, each once. Returns what fired, in name order. */
    public synchronized List<Firing> runDue() {
        Instant now = clock.instant();
        List<Firing> fired = new ArrayList<>();
        for (ReportSchedule schedule : repository.list()) {
            Optional<Instant> due = schedule.nextRun();
            if (due.isPresent() && !due.get().isAfter(now)) {
                fired.add(fire(schedule, due.get(), now));
            }
        }
        return fired;
    }

    private Firing fire(ReportSchedule schedule, Instant dueAt, Instant now) {
        ScheduleSpec spec = schedule.spec();
        int missed = missed(spec.schedule(), dueAt, now);
        repository.markFired(schedule.id(), now);
        if (missed > 1) {
            log.info(
                    "schedule {} missed {} runs since {} (bot down?); running it once now", spec.name(), missed, dueAt);
        }
        try {
            Long runId = null;
            if (spec.rerunAnalysis()) {
                if (refresher == null) {
                    throw new IllegalStateException("this schedule re-runs the analysis, but no analysis is wired");
                }
                runId = refresher.rerun(spec.dataset());
            }
            Report report = reports.build(new ReportService.Request(spec.kind(), runId, null, null, spec.dataset()));
            ReportSink sink = sinks.get(spec.destination().platform());
            if (sink == null) {
                throw new IllegalStateException("no " + spec.destination().platform()
                        + " sink is running; platforms with a sink: "
                        + String.join(", ", sinks.keySet().stream().sorted().toList()));
            }
            sink.deliver(spec.destination(), report);
            String outcome = "delivered run "
                    + report.runs().get(report.runs().size() - 1).runId();
            repository.recordOutcome(schedule.id(), outcome);
            return new Firing(spec.name(), dueAt, now, missed, true, outcome);
        } catch (RuntimeException e) {
            String outcome = "failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.warn("schedule {} {}", spec.name(), outcome);
            log.debug("schedule {} failed", spec.name(), e);
            repository.recordOutcome(schedule.id(), outcome);
            return new Firing(spec.name(), dueAt, now, missed, false, outcome);
        }
    }

    /** How many cron times fell in [dueAt, now] (for the log), counting at most {@value #MISSED_COUNT_CAP}. */
    private static int missed(CronSchedule cron, Instant dueAt, Instant now) {
        int count = 1;
        Optional<Instant> next = cron.nextAfter(dueAt);
        while (next.isPresent() && !next.get().isAfter(now) && count < MISSED_COUNT_CAP) {
            count++;
            next = cron.nextAfter(next.get());
        }
        return count;
    }

    /**
     * Starts the timer thread: it fires what is due at once (the catch-up after a restart), then
     * checks every {@code poll}. Cron times have minute resolution, so a poll of 15-30 s is enough.
     */
    public void start(Duration poll) {
        synchronized (timerLock) {
            if (timer != null) {
                throw new IllegalStateException("the scheduler is running already");
            }
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "segbot-scheduler");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::runDueLogged, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runDueLogged() {
        try {
            runDue();
        } catch (RuntimeException e) {
            // a database hiccup must not kill the timer thread: log and try again at the next poll
            log.error("checking report schedules failed: {}", e.getMessage(), e);
        }
    }

    /** Stops the timer thread, waiting up to 30 s for a report being delivered. */
    @Override
    public void close() {
        synchronized (timerLock) {
            if (timer == null) {
                return;
            }
            timer.shutdown();
            try {
                if (!timer.awaitTermination(30, TimeUnit.SECONDS)) {
                    timer.shutdownNow();
                }
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }
}
