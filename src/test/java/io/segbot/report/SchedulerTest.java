package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Sunday 5 January 2025, noon UTC. */
    static final Instant SUNDAY = Instant.parse("2025-01-05T12:00:00Z");

    /** A sink that remembers what it was given (a fake of the port, as a platform would implement it). */
    static final class RecordingSink implements ReportSink {
        final List<String> deliveries = new CopyOnWriteArrayList<>();
        final CountDownLatch first = new CountDownLatch(1);

        @Override
        public void deliver(Destination destination, Report report) {
            deliveries.add(destination + " " + report.kind() + " run "
                    + report.runs().get(report.runs().size() - 1).runId());
            first.countDown();
        }
    }

    final Fixture fixture = new Fixture();
    final MutableClock clock = new MutableClock(SUNDAY);
    final RecordingSink console = new RecordingSink();
    Scheduler scheduler = scheduler();

    Scheduler scheduler() {
        return new Scheduler(
                fixture.database,
                new ReportService(fixture.database),
                Map.of("console", console),
                dataset -> fixture.runA,
                clock);
    }

    static ScheduleSpec weekly(String name, String platform, boolean rerun) {
        return new ScheduleSpec(
                name, ReportKind.SEGMENTS, "0 9 * * MON", BERLIN, new Destination(platform, "#growth"), rerun, null);
    }

    @AfterEach
    void close() {
        scheduler.close();
        fixture.database.close();
    }

    @Test
    void a_weekly_schedule_fires_at_nine_berlin_time_each_monday_and_not_before() {
        scheduler.add(weekly("weekly", "console", false));
        clock.set(Instant.parse("2025-01-06T07:59:59Z")); // 08:59:59 in Berlin (UTC+1 in winter)
        assertThat(scheduler.runDue()).isEmpty();
        clock.set(Instant.parse("2025-01-06T08:00:00Z"));
        List<Scheduler.Firing> fired = scheduler.runDue();
        assertThat(fired).extracting(Scheduler.Firing::dueAt).containsExactly(Instant.parse("2025-01-06T08:00:00Z"));
        assertThat(fired.get(0).outcome()).isEqualTo("delivered run " + fixture.runB);
        assertThat(scheduler.runDue()).as("fires once per cron time").isEmpty();
        clock.set(Instant.parse("2025-01-13T07:59:00Z"));
        assertThat(scheduler.runDue()).isEmpty();
        clock.set(Instant.parse("2025-01-13T08:00:30Z"));
        assertThat(scheduler.runDue())
                .extracting(Scheduler.Firing::dueAt)
                .containsExactly(Instant.parse("2025-01-13T08:00:00Z"));
        assertThat(console.deliveries)
                .containsExactly(
                        "console:#growth segments run " + fixture.runB, "console:#growth segments run " + fixture.runB);
    }

    @Test
    void summer_time_moves_the_utc_instant_but_not_the_local_time() {
        clock.set(Instant.parse("2025-07-06T12:00:00Z"));
        ReportSchedule schedule = scheduler.add(weekly("weekly", "console", false));
        assertThat(schedule.nextRun()).contains(Instant.parse("2025-07-07T07:00:00Z")); // 09:00 CEST = UTC+2
    }

    @Test
    void a_restart_after_three_missed_mondays_runs_the_report_once() {
        scheduler.add(weekly("weekly", "console", false));
        scheduler.close();
        // the bot is down for three Mondays (6, 13, 20 January) and comes back on Wednesday the 22nd
        clock.set(Instant.parse("2025-01-22T10:00:00Z"));
        scheduler = scheduler();
        List<Scheduler.Firing> fired = scheduler.runDue();
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).dueAt()).isEqualTo(Instant.parse("2025-01-06T08:00:00Z"));
        assertThat(fired.get(0).missed()).isEqualTo(3);
        assertThat(console.deliveries).hasSize(1);
        assertThat(scheduler.runDue()).as("no burst").isEmpty();
        assertThat(scheduler.list().get(0).nextRun()).contains(Instant.parse("2025-01-27T08:00:00Z"));
    }

    @Test
    void start_runs_the_catch_up_on_the_timer_thread_at_once() throws InterruptedException {
        scheduler.add(weekly("weekly", "console", false));
        clock.set(Instant.parse("2025-01-07T10:00:00Z"));
        scheduler.start(Duration.ofMinutes(1));
        assertThat(console.first.await(10, TimeUnit.SECONDS)).isTrue();
        scheduler.close();
        assertThat(console.deliveries).hasSize(1);
    }

    @Test
    void schedules_survive_closing_and_reopening_the_database(@TempDir Path dir) {
        Path file = dir.resolve("segbot");
        try (Database database = Database.open(file)) {
            new Fixture(database);
            new Scheduler(database, new ReportService(database), Map.of(), null, clock)
                    .add(weekly("weekly", "slack", true));
        }
        try (Database database = Database.open(file)) {
            List<ReportSchedule> schedules =
                    new Scheduler(database, new ReportService(database), Map.of(), null, clock).list();
            assertThat(schedules).hasSize(1);
            ReportSchedule stored = schedules.get(0);
            assertThat(stored.spec()).isEqualTo(weekly("weekly", "slack", true));
            assertThat(stored.source()).isEqualTo(ReportSchedule.RUNTIME);
            assertThat(stored.anchor()).isEqualTo(SUNDAY);
        }
        assertThat(Files.exists(dir.resolve("segbot.mv.db"))).isTrue();
    }

    @Test
    void rerun_first_reports_on_the_run_the_refresher_made() {
        scheduler.add(weekly("weekly", "console", true));
        clock.set(Instant.parse("2025-01-06T08:00:00Z"));
        assertThat(scheduler.runDue())
                .extracting(Scheduler.Firing::outcome)
                .containsExactly("delivered run " + fixture.runA);
    }

    @Test
    void a_platform_without_a_sink_fails_that_firing_and_records_why() {
        scheduler.add(weekly("to-slack", "slack", false));
        scheduler.add(weekly("to-console", "console", false));
        clock.set(Instant.parse("2025-01-06T08:00:00Z"));
        List<Scheduler.Firing> fired = scheduler.runDue();
        assertThat(fired).extracting(Scheduler.Firing::name).containsExactly("to-console", "to-slack");
        assertThat(fired.get(1).delivered()).isFalse();
        assertThat(scheduler.list().get(1).lastOutcome())
                .isEqualTo("failed: no slack sink is running; platforms with a sink: console");
        assertThat(scheduler.runDue()).as("a failure is not retried in a loop").isEmpty();
    }

    @Test
    void add_list_and_remove_at_run_time() {
        scheduler.add(weekly("b", "console", false));
        scheduler.add(weekly("a", "discord", false));
        assertThat(scheduler.list()).extracting(s -> s.spec().name()).containsExactly("a", "b");
        assertThatThrownBy(() -> scheduler.add(weekly("a", "console", false)))
                .hasMessage("a schedule named 'a' exists already");
        assertThat(scheduler.remove("a")).isTrue();
        assertThat(scheduler.remove("a")).isFalse();
        assertThat(scheduler.list()).extracting(s -> s.spec().name()).containsExactly("b");
    }

    @Test
    void loading_the_config_adds_changes_and_removes_config_schedules_only() {
        scheduler.add(weekly("mine", "console", false));
        scheduler.loadConfig(List.of(weekly("from-yaml", "console", false), weekly("old", "console", false)));
        clock.advance(Duration.ofDays(30));
        ScheduleSpec changed = new ScheduleSpec(
                "from-yaml",
                ReportKind.CHURN,
                "30 8 1 * *",
                ZoneId.of("UTC"),
                new Destination("console", "monthly"),
                false,
                null);
        scheduler.loadConfig(List.of(changed));
        assertThat(scheduler.list())
                .extracting(s -> s.spec().name() + " " + s.source())
                .containsExactly("from-yaml config", "mine runtime");
        ReportSchedule replaced = scheduler.list().get(0);
        assertThat(replaced.spec()).isEqualTo(changed);
        assertThat(replaced.anchor()).as("a changed schedule restarts from now").isEqualTo(clock.instant());
        assertThatThrownBy(() -> scheduler.loadConfig(List.of(weekly("mine", "console", false))))
                .hasMessageContaining("'mine', the name of a schedule added at run time");
    }

    @Test
    void folder_sink_writes_the_report_under_channel_and_kind(@TempDir Path dir) {
        Report report = new ReportService(fixture.database)
                .build(new ReportService.Request(ReportKind.CHURN, fixture.runA, null, null, null));
        clock.set(Instant.parse("2025-01-06T08:00:00Z"));
        new FolderSink(dir, clock).deliver(new Destination("console", "#growth"), report);
        Path folder = dir.resolve("growth/churn-run-" + fixture.runA + "-20250106T0800Z");
        assertThat(folder.resolve("report.md")).exists();
        assertThat(folder.resolve("churn-mix-rfm.png")).exists();
        assertThat(folder.resolve("churn-high-risk.csv")).exists();
    }

    @Test
    void cron_expressions_are_unix_five_field_and_bad_ones_say_what_is_expected() {
        assertThat(CronSchedule.parse("*/15 * * * *", ZoneId.of("UTC"))
                        .nextAfter(Instant.parse("2025-01-01T00:07:00Z")))
                .contains(Instant.parse("2025-01-01T00:15:00Z"));
        assertThatThrownBy(() -> CronSchedule.parse("0 0 9 ? * MON", BERLIN))
                .hasMessageContaining("invalid cron expression '0 0 9 ? * MON'")
                .hasMessageContaining("five UNIX cron fields");
        assertThatThrownBy(() -> CronSchedule.parse(" ", BERLIN)).hasMessageContaining("needs a cron expression");
    }
}
