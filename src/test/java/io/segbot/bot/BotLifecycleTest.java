package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.TestClock;
import io.segbot.chat.Phraser;
import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core across restarts and shared stores: a file H2 database, as in production. */
class BotLifecycleTest {
    static final Requester MARIA = Requester.of("slack", "U1");
    static final Address CHANNEL = new Address("slack", "C1", null);

    @TempDir
    Path dir;

    Grants grants() {
        return new Grants(100).grant("U1", Ability.ASK, Ability.RUN);
    }

    @Test
    void an_event_answered_before_a_restart_is_a_duplicate_after_it() throws Exception {
        Path file = dir.resolve("db/segbot");
        Inbound question = new Inbound("Ev-restart", MARIA, CHANNEL, "how many customers do we have?");
        try (Database database = Database.open(file)) {
            BotFixture.seed(database, dir);
            BotCore core = BotFixture.core(database, Phraser.NONE, dir, grants());
            RecordingOutbox outbox = new RecordingOutbox("slack");
            core.register(outbox);
            assertThat(core.message(question).status()).isEqualTo(Ack.Status.ACCEPTED);
            outbox.await(line -> line.startsWith("post C1: "));
            core.close();
        }
        try (Database database = Database.open(file)) {
            BotCore core = BotFixture.core(database, Phraser.NONE, dir, grants());
            RecordingOutbox outbox = new RecordingOutbox("slack");
            core.register(outbox);
            assertThat(core.message(question).status()).isEqualTo(Ack.Status.DUPLICATE);
            assertThat(core.command(new Inbound("Ev-restart", MARIA, CHANNEL, "datasets"))
                            .status())
                    .isEqualTo(Ack.Status.DUPLICATE);
            core.close();
            assertThat(outbox.log()).isEmpty();
        }
    }

    @Test
    void of_two_cores_sharing_a_store_exactly_one_answers_an_event() throws Exception {
        Path file = dir.resolve("db/shared");
        try (Database first = Database.open(file);
                Database second = Database.open(file)) {
            BotFixture.seed(first, dir);
            List<BotCore> cores = List.of(
                    BotFixture.core(first, Phraser.NONE, dir, grants()),
                    BotFixture.core(second, Phraser.NONE, dir, grants()));
            cores.forEach(core -> core.register(new RecordingOutbox("slack")));
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                for (int event = 0; event < 20; event++) {
                    Inbound retried = new Inbound("Ev-" + event, MARIA, CHANNEL, "datasets");
                    List<Callable<Ack.Status>> calls = new ArrayList<>();
                    cores.forEach(core -> calls.add(() -> core.command(retried).status()));
                    List<Ack.Status> statuses = new ArrayList<>();
                    for (Future<Ack.Status> status : both.invokeAll(calls)) {
                        statuses.add(status.get());
                    }
                    assertThat(statuses).containsExactlyInAnyOrder(Ack.Status.ACCEPTED, Ack.Status.DUPLICATE);
                }
            } finally {
                both.shutdown();
                cores.forEach(BotCore::close);
            }
        }
    }

    @Test
    void a_job_left_running_by_a_crash_is_marked_interrupted_at_start_and_its_requester_and_waiters_told()
            throws Exception {
        TestClock clock = new TestClock("2025-01-06T08:00:00Z");
        try (Database database = Database.open(dir.resolve("db/crash"))) {
            JobRepository jobs = new JobRepository(database);
            long id = jobs.create(new JobRepository.NewJob(
                            "run",
                            "run shop",
                            "dataset:1",
                            "slack",
                            "U1",
                            "slack",
                            "C1",
                            "T1",
                            "crashed",
                            clock.now.minusSeconds(600)))
                    .jobId();
            jobs.started(id, clock.now.minusSeconds(600));
            jobs.progressMessage(id, "1736150000.000100");
            // Tom asked another instance for the same dataset while the job ran.
            assertThat(jobs.waiters()
                            .add(id, new io.segbot.store.JobWaiters.Waiter("slack", "U2", "slack", "C2", null)))
                    .isTrue();
            BotCore core = BotFixture.core(database, Phraser.NONE, dir, grants(), BotSettings.defaults(), clock);
            core.start();
            assertThat(jobs.find(id).orElseThrow().state()).isEqualTo("interrupted");
            RecordingOutbox outbox = new RecordingOutbox("slack");
            core.register(outbox);
            assertThat(outbox.await(line -> line.startsWith("update ")))
                    .isEqualTo("update 1736150000.000100: Job 1 `run shop` was interrupted: the bot stopped while it"
                            + " ran. Start it again with the same command.");
            assertThat(outbox.await(line -> line.startsWith("post C2: ")))
                    .isEqualTo("post C2: Job 1 `run shop` was interrupted: the bot stopped while it"
                            + " ran. Start it again with the same command.");
            assertThat(jobs.waiters().take(id)).isEmpty();
            assertThat(BotCoreTest.immediate(core.command(new Inbound("Ev9", MARIA, CHANNEL, "status 1"))))
                    .startsWith("Job 1 `run shop` was interrupted");
            core.close();
        }
    }

    @Test
    void a_scheduled_report_waits_for_its_platforms_outbox_and_asks_for_an_invite_when_refused() throws Exception {
        TestClock clock = new TestClock("2025-01-06T08:00:00Z");
        try (Database database = Database.inMemory("schedule-" + java.util.UUID.randomUUID())) {
            BotFixture.seed(database, dir);
            BotCore core = BotFixture.core(
                    database, Phraser.NONE, dir, grants().grant("U1", Ability.SCHEDULE), BotSettings.defaults(), clock);
            Ack added = core.command(new Inbound(
                    "Ev1", MARIA, new Address("slack", "C9", null), "schedule add weekly segments \"0 9 * * MON\""));
            assertThat(BotCoreTest.immediate(added)).startsWith("Scheduled `weekly`: the segments report at");
            clock.now = Instant.parse("2025-01-06T09:00:30Z");
            assertThat(core.scheduler().tick())
                    .extracting(f -> f.error())
                    .containsExactly("no slack sink in this process");
            RecordingOutbox outbox = new RecordingOutbox("slack");
            outbox.failingChannel = "C9";
            outbox.failure = new DeliveryException(
                    DeliveryException.Reason.NOT_IN_CHANNEL,
                    "I'm not in channel C9 (or can't see it): invite me with /invite @segbot");
            core.register(outbox);
            assertThat(core.scheduler().tick()).extracting(f -> f.delivered()).containsExactly(false);
            assertThat(outbox.await(line -> line.startsWith("private U1: ")))
                    .isEqualTo("private U1: I couldn't post the scheduled report `weekly`: I'm not in channel C9"
                            + " (or can't see it): invite me with /invite @segbot. I'll try again at its next times;"
                            + " `/segbot schedule remove weekly` stops it.");
            assertThat(BotCoreTest.immediate(core.command(new Inbound("Ev2", MARIA, CHANNEL, "schedule list"))))
                    .contains(
                            "failed 2025-01-06 09:00 UTC (I'm not in channel C9 (or can't see it): invite me with /invite"
                                    + " @segbot); retrying 2025-01-06 09:01 UTC");
            outbox.failingChannel = null;
            clock.now = Instant.parse("2025-01-06T09:01:30Z");
            assertThat(core.scheduler().tick()).extracting(f -> f.delivered()).containsExactly(true);
            assertThat(outbox.await(line -> line.startsWith("post C9: "))).startsWith("post C9: ");
            assertThat(BotCoreTest.immediate(core.command(new Inbound("Ev3", MARIA, CHANNEL, "schedule list"))))
                    .contains("delivered 2025-01-06 09:01 UTC");
            core.close();
        }
    }

    @Test
    void an_instance_not_running_a_job_cancels_it_through_its_row_and_promises_its_result_to_a_second_request()
            throws Exception {
        TestClock clock = new TestClock("2025-01-06T08:00:00Z");
        try (Database database = Database.open(dir.resolve("db/shared"))) {
            BotFixture.seed(database, dir);
            long shop = new io.segbot.store.DatasetRepository(database)
                    .findByName("shop")
                    .orElseThrow()
                    .id();
            // Instance A (another process on this store, alive: its heartbeat is now) runs `run shop`.
            JobRepository jobs = new JobRepository(database);
            long id = jobs.create(new JobRepository.NewJob(
                            "run",
                            "run shop",
                            "dataset:" + shop,
                            "slack",
                            "U1",
                            "slack",
                            "C1",
                            null,
                            "instance-a",
                            clock.now))
                    .jobId();
            jobs.started(id, clock.now);
            BotCore instanceB = BotFixture.core(database, Phraser.NONE, dir, grants(), BotSettings.defaults(), clock);
            instanceB.register(new RecordingOutbox("slack"));
            Address otherChannel = new Address("slack", "C2", null);

            assertThat(BotCoreTest.immediate(instanceB.command(new Inbound("Ev1", MARIA, otherChannel, "run shop"))))
                    .isEqualTo("Job " + id + " is already working on that; I'll post its result here when it ends.");
            assertThat(BotCoreTest.immediate(instanceB.command(new Inbound("Ev2", MARIA, CHANNEL, "cancel " + id))))
                    .isEqualTo("Job " + id + " stops after its current step.");
            assertThat(BotCoreTest.immediate(instanceB.command(new Inbound("Ev3", MARIA, CHANNEL, "status " + id))))
                    .isEqualTo("Job " + id + " `run shop`: running, starting, 0:00; cancel requested, it stops after"
                            + " its current step.");
            // What instance A reads with its next heartbeat, and whom it sends the result to.
            assertThat(jobs.heartbeat("instance-a", clock.now)).containsExactly(id);
            assertThat(jobs.waiters().take(id))
                    .containsExactly(new io.segbot.store.JobWaiters.Waiter("slack", "U1", "slack", "C2", null));
            instanceB.close();
        }
    }
}
