package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.TestClock;
import io.segbot.store.Database;
import io.segbot.store.ScheduleRepository;
import io.segbot.store.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    Database database;
    TestClock clock;
    List<String> delivered;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("scheduler-" + UUID.randomUUID());
        // Monday 6 January 2025, 08:00 UTC
        clock = new TestClock("2025-01-06T08:00:00Z");
        delivered = new ArrayList<>();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    Scheduler scheduler() {
        ReportSink sink = (report, channel) -> delivered.add(channel + "@" + clock.instant());
        return new Scheduler(
                new ScheduleRepository(database),
                clock,
                Map.of("console", sink),
                schedule -> new Report(schedule.kind(), "t", "s", List.of(), List.of(), List.of(), List.of()));
    }

    static ReportSchedule mondaysAtNine(String zone) {
        return new ReportSchedule("weekly", "segments", "0 9 * * MON", ZoneId.of(zone), "console", "team", false);
    }

    @Test
    void a_weekly_schedule_fires_at_its_instant_and_only_once() {
        Scheduler scheduler = scheduler();
        scheduler.add(mondaysAtNine("UTC"));
        assertThat(scheduler.next("weekly")).contains(Instant.parse("2025-01-06T09:00:00Z"));
        clock.now = Instant.parse("2025-01-06T08:59:59Z");
        assertThat(scheduler.tick()).isEmpty();
        clock.now = Instant.parse("2025-01-06T09:00:00Z");
        assertThat(scheduler.tick()).extracting(Scheduler.Fired::delivered).containsExactly(true);
        clock.now = Instant.parse("2025-01-06T09:30:00Z");
        assertThat(scheduler.tick()).isEmpty();
        clock.now = Instant.parse("2025-01-13T09:00:00Z");
        assertThat(scheduler.tick()).hasSize(1);
        assertThat(delivered).containsExactly("team@2025-01-06T09:00:00Z", "team@2025-01-13T09:00:00Z");
    }

    @Test
    void the_cron_is_read_in_the_schedules_time_zone() {
        Scheduler scheduler = scheduler();
        scheduler.add(mondaysAtNine("America/New_York"));
        // 09:00 in New York on 6 January 2025 (EST, UTC-5) is 14:00 UTC
        assertThat(scheduler.next("weekly")).contains(Instant.parse("2025-01-06T14:00:00Z"));
    }

    @Test
    void after_downtime_a_missed_schedule_runs_once_not_in_a_burst() {
        scheduler().add(mondaysAtNine("UTC"));
        // the bot is down for three Mondays, then a new process starts on Monday 27 January at 10:00
        clock.now = Instant.parse("2025-01-27T10:00:00Z");
        Scheduler restarted = scheduler();
        assertThat(restarted.tick()).hasSize(1);
        assertThat(restarted.tick()).isEmpty();
        assertThat(delivered).containsExactly("team@2025-01-27T10:00:00Z");
        assertThat(restarted.next("weekly")).contains(Instant.parse("2025-02-03T09:00:00Z"));
    }

    @Test
    void a_config_schedule_loaded_again_at_restart_still_catches_up_a_missed_first_run() {
        // reports.yaml is loaded at every start (ScheduleWiring adds each entry again)
        scheduler().add(mondaysAtNine("UTC"));
        clock.now = Instant.parse("2025-01-27T10:00:00Z");
        Scheduler restarted = scheduler();
        restarted.add(mondaysAtNine("UTC"));
        assertThat(restarted.tick()).as("the missed run of 6 January runs once").hasSize(1);
        assertThat(restarted.tick()).isEmpty();
    }

    @Test
    void a_schedule_whose_cron_changed_counts_from_the_change_not_from_its_creation() {
        scheduler().add(mondaysAtNine("UTC"));
        clock.now = Instant.parse("2025-01-27T10:00:00Z");
        Scheduler restarted = scheduler();
        restarted.add(
                new ReportSchedule("weekly", "segments", "0 9 * * TUE", ZoneId.of("UTC"), "console", "team", false));
        assertThat(restarted.tick()).isEmpty();
        assertThat(restarted.next("weekly")).contains(Instant.parse("2025-01-28T09:00:00Z"));
    }

    @Test
    void summer_time_moves_the_utc_instant_not_the_local_time() {
        clock.now = Instant.parse("2025-07-06T12:00:00Z");
        Scheduler scheduler = scheduler();
        scheduler.add(mondaysAtNine("Europe/Berlin"));
        // 09:00 in Berlin on 7 July 2025 (CEST, UTC+2) is 07:00 UTC; in January (CET) it is 08:00
        assertThat(scheduler.next("weekly")).contains(Instant.parse("2025-07-07T07:00:00Z"));
    }

    @Test
    void schedules_are_stored_listed_and_removed() {
        scheduler().add(mondaysAtNine("UTC"));
        Scheduler another = scheduler();
        assertThat(another.list()).extracting(ReportSchedule::name).containsExactly("weekly");
        assertThat(another.remove("weekly")).isTrue();
        assertThat(another.list()).isEmpty();
    }

    @Test
    void a_missing_sink_is_reported_not_fatal() {
        Scheduler scheduler = scheduler();
        scheduler.add(
                new ReportSchedule("to-slack", "churn", "* * * * *", ZoneId.of("UTC"), "slack", "#marketing", false));
        clock.now = Instant.parse("2025-01-06T08:01:00Z");
        assertThat(scheduler.tick())
                .extracting(Scheduler.Fired::error)
                .containsExactly("no slack sink in this process");
    }

    @Test
    void invalid_schedules_are_refused_with_the_reason() {
        assertThatThrownBy(() ->
                        new ReportSchedule("x", "segments", "every monday", ZoneId.of("UTC"), "console", "c", false))
                .hasMessageContaining("'every monday' is not a Unix cron expression");
        assertThatThrownBy(
                        () -> new ReportSchedule("x", "weekly", "0 9 * * MON", ZoneId.of("UTC"), "console", "c", false))
                .hasMessageContaining("unknown kind 'weekly'");
        assertThatThrownBy(() -> ReportSchedule.zone("x", "Mars/Olympus"))
                .hasMessageContaining("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void the_shipped_reports_yaml_is_valid() {
        assertThat(ScheduleFile.load(Path.of(ScheduleFile.FILE)))
                .extracting(ReportSchedule::name)
                .containsExactly("weekly-segments");
    }
}
