package io.segbot.bot.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.TestClock;
import io.segbot.bot.Address;
import io.segbot.bot.Requester;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import io.segbot.store.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two segbot instances sharing one store (two connection pools on one PostgreSQL database under
 * {@code -Ppostgres}, two opens of one H2 file otherwise), each with its own {@link Jobs}: what one
 * is asked about a job the other runs.
 */
class JobsAcrossInstancesTest {
    static final Requester MARIA = JobsTest.MARIA;
    static final Requester TOM = JobsTest.TOM;
    static final Address CHANNEL_B = new Address("slack", "C2", "T9");

    @TempDir
    Path folder;

    List<Database> stores;
    TestClock clock = new TestClock("2025-01-06T08:00:00Z");
    JobsTest.Recorder recorderA = new JobsTest.Recorder();
    JobsTest.Recorder recorderB = new JobsTest.Recorder();
    Jobs instanceA;
    Jobs instanceB;

    @BeforeEach
    void two_instances_on_one_store() {
        stores = TestDatabases.sharedPair("jobs-across", folder);
        instanceA = new Jobs(new JobRepository(stores.get(0)), recorderA, clock, 2, 4);
        instanceB = new Jobs(new JobRepository(stores.get(1)), recorderB, clock, 2, 4);
    }

    @AfterEach
    void close() {
        instanceA.shutdown(Duration.ofSeconds(5));
        instanceB.shutdown(Duration.ofSeconds(5));
        stores.forEach(Database::close);
    }

    @Test
    void a_cancel_asked_of_the_other_instance_stops_the_job_and_its_model_at_the_next_heartbeat() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> modelCancelled = new CopyOnWriteArrayList<>();
        Work work = JobsTest.cancellable(started, release, modelCancelled);
        assertThat(instanceA.submit(JobsTest.run(MARIA, "shop"), work)).isEqualTo(new Jobs.Submitted.Queued(1));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(instanceB.cancel(1, TOM, false)).isEqualTo(Jobs.Cancelled.NOT_YOURS);
        assertThat(instanceB.cancel(1, MARIA, false)).isEqualTo(Jobs.Cancelled.CANCELLING);
        instanceA.heartbeat(); // every 10 s in serve (Housekeeping)
        release.countDown();

        JobRepository.Row row = recorderA.next();
        assertThat(row.id()).isEqualTo(1);
        assertThat(row.state()).isEqualTo("cancelled");
        assertThat(modelCancelled).containsExactly(true);
        assertThat(instanceB.cancel(1, MARIA, false)).isEqualTo(Jobs.Cancelled.ALREADY_ENDED);
        assertThat(instanceB.cancel(2, MARIA, false)).isEqualTo(Jobs.Cancelled.NOT_FOUND);
    }

    @Test
    void a_cancel_asked_of_the_other_instance_is_read_with_the_jobs_next_stored_progress() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> stepsDone = new CopyOnWriteArrayList<>();
        Work work = (progress, cancellation) -> {
            progress.report(1, 3, "reading rows", 0);
            stepsDone.add("reading rows");
            started.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            clock.now = clock.now.plusSeconds(2); // progress is stored (and the row read) once a second
            progress.report(2, 3, "clustering", 0);
            stepsDone.add("clustering");
            progress.report(3, 3, "storing", 0);
            return new Work.Result(7L, OutgoingMessage.text("done"));
        };
        instanceA.submit(JobsTest.run(MARIA, "shop"), work);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(instanceB.cancel(1, MARIA, false)).isEqualTo(Jobs.Cancelled.CANCELLING);
        release.countDown();

        JobRepository.Row row = recorderA.next();
        assertThat(row.state()).isEqualTo("cancelled");
        assertThat(row.resultRunId()).isNull();
        assertThat(stepsDone).containsExactly("reading rows");
    }

    @Test
    void a_request_for_the_busy_dataset_on_the_other_instance_is_told_the_job_and_gets_its_result() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        instanceA.submit(JobsTest.run(MARIA, "shop"), JobsTest.gated(started, release));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        JobRequest tomsRun = new JobRequest("run", "run shop", "dataset:shop", TOM, CHANNEL_B);
        assertThat(instanceB.submit(tomsRun, JobsTest.gated(new CountDownLatch(1), release)))
                .isEqualTo(new Jobs.Submitted.Busy(1, true));
        release.countDown();

        JobRepository.Row done = recorderA.next();
        assertThat(done.state()).isEqualTo("succeeded");
        assertThat(done.resultRunId()).isEqualTo(7L);
        assertThat(recorderA.waiters.poll()).containsExactly(new Waiter(TOM, CHANNEL_B));
        assertThat(recorderB.finished).isEmpty();
    }

    @Test
    void a_request_racing_the_end_of_the_job_on_the_other_instance_gets_a_job_or_the_result_never_neither()
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            int waited = 0;
            int queued = 0;
            for (int round = 0; round < 25; round++) {
                CountDownLatch started = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                Jobs.Submitted first = instanceA.submit(JobsTest.run(MARIA, "shop"), JobsTest.gated(started, release));
                long jobId = ((Jobs.Submitted.Queued) first).jobId();
                assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
                CyclicBarrier together = new CyclicBarrier(2);
                threads.submit(() -> {
                    together.await(20, TimeUnit.SECONDS);
                    release.countDown();
                    return null;
                });
                Future<Jobs.Submitted> second = threads.submit(() -> {
                    together.await(20, TimeUnit.SECONDS);
                    return instanceB.submit(
                            new JobRequest("run", "run shop", "dataset:shop", TOM, CHANNEL_B),
                            (p, c) -> new Work.Result(null, OutgoingMessage.text("again")));
                });
                Jobs.Submitted outcome = second.get(30, TimeUnit.SECONDS);
                assertThat(recorderA.next().id()).isEqualTo(jobId);
                List<Waiter> told = recorderA.waiters.poll(30, TimeUnit.SECONDS);
                if (outcome instanceof Jobs.Submitted.Busy busy) {
                    assertThat(busy).isEqualTo(new Jobs.Submitted.Busy(jobId, true));
                    assertThat(told).containsExactly(new Waiter(TOM, CHANNEL_B));
                    waited++;
                } else {
                    assertThat(outcome).isInstanceOf(Jobs.Submitted.Queued.class);
                    assertThat(told).isEmpty();
                    assertThat(recorderB.next().state()).isEqualTo("succeeded");
                    recorderB.waiters.poll();
                    queued++;
                }
            }
            assertThat(waited + queued).isEqualTo(25);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_job_queued_on_one_instance_and_cancelled_through_the_other_before_it_starts_never_runs() throws Exception {
        // One worker busy with a gated job, so the second job waits in the queue.
        Jobs single = new Jobs(new JobRepository(stores.get(0)), recorderA, clock, 1, 4);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            single.submit(JobsTest.run(MARIA, "first"), JobsTest.gated(started, release));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            List<String> ran = new CopyOnWriteArrayList<>();
            Jobs.Submitted queued = single.submit(JobsTest.run(MARIA, "second"), (p, c) -> {
                ran.add("second");
                return new Work.Result(null, OutgoingMessage.text("x"));
            });
            long secondId = ((Jobs.Submitted.Queued) queued).jobId();
            assertThat(instanceB.cancel(secondId, MARIA, false)).isEqualTo(Jobs.Cancelled.CANCELLING);
            release.countDown();
            assertThat(recorderA.next().state()).isEqualTo("succeeded");
            JobRepository.Row second = recorderA.next();
            assertThat(second.id()).isEqualTo(secondId);
            assertThat(second.state()).isEqualTo("cancelled");
            assertThat(ran).isEmpty();
        } finally {
            single.shutdown(Duration.ofSeconds(5));
        }
    }
}
