package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.TestClock;
import io.segbot.store.Database;
import io.segbot.store.EmbeddedPostgresServer;
import io.segbot.store.ScheduleRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances, each with its own pool and scheduler on one PostgreSQL store, both with a
 * Slack sink, tick at the same moment: every due firing is delivered once, by one of them. Each
 * delivery takes 50 ms, so without the row lock both instances would be inside the same firing.
 */
@Tag("postgres")
class SchedulerAcrossInstancesTest {
    private static final int SCHEDULES = 6;

    @Test
    void each_firing_is_delivered_once_across_two_instances() throws Exception {
        String url = EmbeddedPostgresServer.createDatabase("scheduler-instances");
        TestClock clock = new TestClock("2025-01-06T08:00:00Z"); // Monday
        List<String> delivered = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database first = Database.postgres(url, EmbeddedPostgresServer.LOGIN);
                Database second = Database.postgres(url, EmbeddedPostgresServer.LOGIN)) {
            Scheduler a = scheduler(first, clock, "a", delivered);
            Scheduler b = scheduler(second, clock, "b", delivered);
            for (int i = 0; i < SCHEDULES; i++) {
                a.add(new ReportSchedule(
                        "weekly-" + i, "segments", "0 9 * * MON", ZoneId.of("UTC"), "slack", "C" + i, false));
            }
            List<Instant> mondays = List.of(
                    Instant.parse("2025-01-06T09:00:00Z"),
                    Instant.parse("2025-01-13T09:00:00Z"),
                    Instant.parse("2025-01-20T09:00:00Z"));
            for (Instant monday : mondays) {
                clock.now = monday;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<List<Scheduler.Fired>>> ticks = new ArrayList<>();
                for (Scheduler instance : List.of(a, b)) {
                    ticks.add(threads.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return instance.tick();
                    }));
                }
                for (Future<List<Scheduler.Fired>> tick : ticks) {
                    tick.get(40, TimeUnit.SECONDS);
                }
            }
            List<String> firings = delivered.stream()
                    .map(d -> d.substring(d.indexOf(' ') + 1))
                    .sorted()
                    .toList();
            List<String> expected = new ArrayList<>();
            for (Instant monday : mondays) {
                for (int i = 0; i < SCHEDULES; i++) {
                    expected.add("C" + i + "@" + monday);
                }
            }
            expected.sort(null);
            assertThat(firings).as("delivered: %s", delivered).isEqualTo(expected);
            assertThat(new ScheduleRepository(second).list())
                    .allSatisfy(row -> assertThat(row.lastRunAt()).isEqualTo(mondays.get(2)));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Scheduler scheduler(Database database, TestClock clock, String name, List<String> delivered) {
        ReportSink slack = (report, channel) -> {
            Thread.sleep(50);
            delivered.add(name + " " + channel + "@" + clock.instant());
        };
        return new Scheduler(
                new ScheduleRepository(database),
                clock,
                Map.of("slack", slack),
                schedule -> new Report(schedule.kind(), "t", "s", List.of(), List.of(), List.of(), List.of()));
    }
}
