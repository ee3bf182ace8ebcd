package io.segbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two segbot instances on one PostgreSQL store, played by two connection pools on one embedded
 * server, doing the same thing at the same moment (a barrier starts each round together). Each
 * test fails on the naive SQL it replaced: a plain INSERT after a failed UPDATE, MAX()+1 without a
 * lock, an INSERT whose key violation aborts PostgreSQL's transaction.
 */
@Tag("postgres")
class PostgresConcurrencyTest {
    private static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    private static final int ROUNDS = 40;

    Database first;
    Database second;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void two_instances_on_one_database() {
        String url = EmbeddedPostgresServer.createDatabase("concurrency");
        first = Database.postgres(url, EmbeddedPostgresServer.LOGIN);
        second = Database.postgres(url, EmbeddedPostgresServer.LOGIN);
    }

    @AfterEach
    void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        first.close();
        second.close();
    }

    /** Runs {@code work(instance, round)} on both instances, round by round, started together. */
    private <T> List<List<T>> race(int rounds, RoundWork<T> work) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<Future<List<T>>> futures = new ArrayList<>();
        for (Database instance : List.of(first, second)) {
            Callable<List<T>> task = () -> {
                List<T> results = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    barrier.await(20, TimeUnit.SECONDS);
                    results.add(work.run(instance, round));
                }
                return results;
            };
            futures.add(threads.submit(task));
        }
        List<List<T>> results = new ArrayList<>();
        for (Future<List<T>> future : futures) {
            results.add(future.get(50, TimeUnit.SECONDS));
        }
        return results;
    }

    @FunctionalInterface
    private interface RoundWork<T> {
        T run(Database instance, int round) throws Exception;
    }

    @Test
    void both_instances_adding_the_same_schedule_at_once_leave_one_row_with_a_definition_of_theirs() throws Exception {
        race(ROUNDS, (instance, round) -> {
            String channel = instance == first ? "C-first" : "C-second";
            new ScheduleRepository(instance)
                    .upsert(ScheduleRepository.Row.defined(
                            "weekly-" + round, "summary", "0 9 * * 1", "UTC", "slack", channel, false, NOW, null));
            return null;
        });
        List<ScheduleRepository.Row> rows = new ScheduleRepository(first).list();
        assertThat(rows).hasSize(ROUNDS);
        assertThat(rows).allSatisfy(row -> assertThat(row.channel()).isIn("C-first", "C-second"));
    }

    @Test
    void an_upsert_keeps_the_last_run_and_outcome_of_the_schedule_it_replaces() {
        ScheduleRepository schedules = new ScheduleRepository(first);
        schedules.upsert(ScheduleRepository.Row.defined(
                "daily", "summary", "0 9 * * *", "UTC", "slack", "C1", false, NOW, null));
        schedules.firingDone("daily", NOW.plusSeconds(60), "delivered");
        schedules.upsert(ScheduleRepository.Row.defined(
                "daily", "summary", "0 10 * * *", "UTC", "slack", "C2", true, NOW.plusSeconds(120), "slack:U1"));
        ScheduleRepository.Row row = schedules.find("daily").orElseThrow();
        assertThat(row.cron()).isEqualTo("0 10 * * *");
        assertThat(row.channel()).isEqualTo("C2");
        assertThat(row.lastRunAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(row.lastOutcome()).isEqualTo("delivered");
        assertThat(row.scheduledBy()).isEqualTo("slack:U1");
    }

    @Test
    void turns_appended_to_one_conversation_by_both_instances_are_numbered_1_to_80_without_a_gap() throws Exception {
        race(ROUNDS, (instance, round) -> {
            new ConversationRepository(instance)
                    .append(
                            new ConversationRepository.Turn(
                                    "slack:C1:T1",
                                    0,
                                    NOW,
                                    "top_segment",
                                    List.of("rfm:Champions"),
                                    null,
                                    null,
                                    (instance == first ? "first " : "second ") + round),
                            1000);
            return null;
        });
        List<ConversationRepository.Turn> turns =
                new ConversationRepository(second).recent("slack:C1:T1", NOW.minusSeconds(1));
        assertThat(turns.stream().map(ConversationRepository.Turn::turnNo))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 2L * ROUNDS)
                        .boxed()
                        .toList());
    }

    @Test
    void an_event_received_by_both_instances_is_claimed_by_exactly_one() throws Exception {
        List<List<Boolean>> claims = race(ROUNDS, (instance, round) -> new ProcessedEventRepository(instance)
                .claim("slack:Ev" + round, NOW, NOW.plusSeconds(600)));
        for (int round = 0; round < ROUNDS; round++) {
            assertThat(List.of(claims.get(0).get(round), claims.get(1).get(round)))
                    .as("event %d", round)
                    .containsExactlyInAnyOrder(true, false);
        }
    }

    @Test
    void two_jobs_asked_for_one_dataset_at_once_start_one_and_name_it_to_the_other() throws Exception {
        List<List<JobRepository.Created>> created = race(ROUNDS, (instance, round) -> {
            JobRepository jobs = new JobRepository(instance);
            JobRepository.Created result = jobs.create(new JobRepository.NewJob(
                    "run",
                    "run orders",
                    "dataset:orders-" + round,
                    "slack",
                    instance == first ? "U1" : "U2",
                    "slack",
                    "C1",
                    null,
                    instance == first ? "host-a" : "host-b",
                    NOW));
            return result;
        });
        for (int round = 0; round < ROUNDS; round++) {
            JobRepository.Created a = created.get(0).get(round);
            JobRepository.Created b = created.get(1).get(round);
            assertThat(a.created() ^ b.created())
                    .as("round %d: exactly one job started", round)
                    .isTrue();
            JobRepository.Created winner = a.created() ? a : b;
            JobRepository.Created loser = a.created() ? b : a;
            assertThat(loser.holder())
                    .as("round %d: the loser is told the winner", round)
                    .isEqualTo(winner.jobId());
        }
        assertThat(new JobRepository(first).active()).hasSize(ROUNDS);
    }

    @Test
    void a_stale_job_seen_by_both_instances_starting_is_interrupted_and_told_once() throws Exception {
        JobRepository jobs = new JobRepository(first);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            ids.add(jobs.create(new JobRepository.NewJob(
                            "run", "run", "dataset:d" + i, "slack", "U1", "slack", "C1", null, "dead-host", NOW))
                    .jobId());
        }
        List<List<List<JobRepository.Row>>> told = race(1, (instance, round) -> new JobRepository(instance)
                .interruptStale(NOW.plusSeconds(60), NOW.plusSeconds(90)));
        List<Long> interrupted = new ArrayList<>();
        told.forEach(perInstance -> perInstance.get(0).forEach(row -> interrupted.add(row.id())));
        Collections.sort(interrupted);
        assertThat(interrupted).isEqualTo(ids);
        assertThat(jobs.find(ids.get(0)).orElseThrow().state()).isEqualTo("interrupted");
    }

    @Test
    void a_run_being_saved_is_seen_by_the_other_instance_completely_or_not_at_all() throws Exception {
        long datasetId = first.inTransaction(c -> {
            DatasetRepository datasets = new DatasetRepository(first);
            long id = datasets.create(c, "orders", "transactions", "orders.csv", "a".repeat(64));
            datasets.complete(c, id, 10, 10, 10, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 100.0, "{}");
            return id;
        });
        int customers = 5 * 4_096 + 17; // six blocks
        RunRepository writer = new RunRepository(first);
        RunRepository reader = new RunRepository(second);
        AtomicBoolean saving = new AtomicBoolean(true);
        Future<List<String>> observed = threads.submit(() -> {
            List<String> seen = new ArrayList<>();
            while (saving.get()) {
                for (RunRecords.Run run : reader.list()) {
                    int blocks = second.inTransaction(c -> {
                        try (ResultSet rows = c.createStatement()
                                .executeQuery("SELECT COUNT(*) FROM run_customer_block WHERE run_id = " + run.id())) {
                            rows.next();
                            return rows.getInt(1);
                        }
                    });
                    seen.add(reader.segments(run.id()).size() + " segments, " + blocks + " blocks");
                }
            }
            return seen;
        });
        for (int i = 0; i < 5; i++) {
            writer.save(run(datasetId), List.of(segment("Champions"), segment("At Risk")), columns(customers));
        }
        saving.set(false);
        assertThat(observed.get(30, TimeUnit.SECONDS)).allMatch(seen -> seen.equals("2 segments, 6 blocks"));
        assertThat(reader.list()).hasSize(5);
    }

    private static RunRecords.Run run(long datasetId) {
        return new RunRecords.Run(
                0, datasetId, "orders", NOW, LocalDate.of(2024, 12, 31), "{}", 20_497, 1e6, 2, 0.5, null);
    }

    private static SegmentProfile segment(String label) {
        return new SegmentProfile(
                "rfm", label, label, 10, 100, 0.5, 30, 2, 50, 60, 1, 5, 3, 2, null, null, List.of("call them"));
    }

    private static RunRecords.CustomerColumns columns(int n) {
        String[] ids = new String[n];
        String[] segments = new String[n];
        String[] risk = new String[n];
        String[] tier = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "C" + i;
            segments[i] = "Champions";
            risk[i] = "Low";
            tier[i] = "High";
        }
        byte[] scores = new byte[n];
        Arrays.fill(scores, (byte) 3);
        return new RunRecords.CustomerColumns(
                ids,
                new int[n],
                new int[n],
                new double[n],
                scores,
                scores,
                scores,
                new double[n],
                segments,
                new int[n],
                risk,
                new double[n],
                new double[n],
                tier,
                null,
                null,
                null,
                null);
    }
}
