package io.segbot.bot.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.TestClock;
import io.segbot.bot.Address;
import io.segbot.bot.Requester;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import io.segbot.store.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JobsTest {
    /** Records what the jobs tell the bot. */
    static final class Recorder implements JobEvents {
        final List<String> progress = new CopyOnWriteArrayList<>();
        final LinkedBlockingQueue<JobRepository.Row> finished = new LinkedBlockingQueue<>();
        final LinkedBlockingQueue<List<Waiter>> waiters = new LinkedBlockingQueue<>();

        @Override
        public void started(JobRepository.Row job, String progressLine) {
            progress.add("started " + job.id() + ": " + progressLine);
        }

        @Override
        public void progress(JobRepository.Row job, String progressLine) {
            progress.add(job.id() + ": " + progressLine);
        }

        @Override
        public void finished(JobRepository.Row job, Work.Result result, List<Waiter> others) {
            waiters.add(others);
            finished.add(job);
        }

        JobRepository.Row next() throws InterruptedException {
            JobRepository.Row row = finished.poll(30, TimeUnit.SECONDS);
            assertThat(row).as("a job finished").isNotNull();
            return row;
        }
    }

    static final Requester MARIA = Requester.of("slack", "U1");
    static final Requester TOM = Requester.of("slack", "U2");
    static final Address CHANNEL = new Address("slack", "C1", null);

    Database database;
    TestClock clock = new TestClock("2025-01-06T08:00:00Z");
    Recorder recorder = new Recorder();
    Jobs jobs;

    @BeforeEach
    void setUp() {
        database = TestDatabases.fresh("jobs-" + UUID.randomUUID());
        jobs = new Jobs(new JobRepository(database), recorder, clock, 2, 4);
    }

    @AfterEach
    void tearDown() {
        jobs.shutdown(Duration.ofSeconds(5));
        database.close();
    }

    static JobRequest run(Requester who, String dataset) {
        return new JobRequest("run", "run " + dataset, "dataset:" + dataset, who, CHANNEL);
    }

    /** Work that reports step 1, waits for the test, then reports step 2 and succeeds. */
    static Work gated(CountDownLatch started, CountDownLatch release) {
        return (progress, cancellation) -> {
            progress.report(1, 2, "reading rows", 0);
            started.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            progress.report(2, 2, "storing", 0);
            return new Work.Result(7L, OutgoingMessage.text("done"));
        };
    }

    @Test
    void a_second_request_for_a_busy_dataset_is_told_the_running_job_and_gets_its_result() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Jobs.Submitted first = jobs.submit(run(MARIA, "shop"), gated(started, release));
        assertThat(first).isEqualTo(new Jobs.Submitted.Queued(1));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        Jobs.Submitted second = jobs.submit(run(TOM, "shop"), gated(new CountDownLatch(1), release));
        assertThat(second).isEqualTo(new Jobs.Submitted.Busy(1, true));
        Jobs.Submitted other =
                jobs.submit(run(TOM, "other"), (p, c) -> new Work.Result(null, OutgoingMessage.text("x")));
        assertThat(other).isEqualTo(new Jobs.Submitted.Queued(3));
        assertThat(recorder.next().id()).isEqualTo(3);
        release.countDown();
        JobRepository.Row done = recorder.next();
        assertThat(done.id()).isEqualTo(1);
        assertThat(done.state()).isEqualTo("succeeded");
        assertThat(done.resultRunId()).isEqualTo(7L);
        recorder.waiters.poll();
        assertThat(recorder.waiters.poll()).containsExactly(new Waiter(TOM, CHANNEL));
        // the dataset is free again
        assertThat(jobs.submit(run(TOM, "shop"), (p, c) -> new Work.Result(null, OutgoingMessage.text("x"))))
                .isEqualTo(new Jobs.Submitted.Queued(4));
    }

    /**
     * Work that reports step 1, waits for the test, notes whether the model's token was cancelled,
     * then fails if it gets past step 2's report.
     */
    static Work cancellable(CountDownLatch started, CountDownLatch release, List<Boolean> modelCancelled) {
        return (progress, cancellation) -> {
            progress.report(1, 2, "reading rows", 0);
            started.countDown();
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            modelCancelled.add(cancellation.isCancelled());
            progress.report(2, 2, "storing", 0);
            throw new AssertionError("step 2 must not run after cancel");
        };
    }

    @Test
    void cancel_stops_the_job_at_its_next_step_and_records_it_cancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Boolean> modelCancelled = new CopyOnWriteArrayList<>();
        Work work = cancellable(started, release, modelCancelled);
        jobs.submit(run(MARIA, "shop"), work);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(jobs.cancel(1, TOM, false)).isEqualTo(Jobs.Cancelled.NOT_YOURS);
        assertThat(jobs.cancel(1, MARIA, false)).isEqualTo(Jobs.Cancelled.CANCELLING);
        release.countDown();
        JobRepository.Row row = recorder.next();
        assertThat(row.state()).isEqualTo("cancelled");
        assertThat(row.endedAt()).isNotNull();
        assertThat(modelCancelled).containsExactly(true);
        assertThat(jobs.cancel(1, MARIA, false)).isEqualTo(Jobs.Cancelled.ALREADY_ENDED);
        assertThat(jobs.cancel(99, MARIA, false)).isEqualTo(Jobs.Cancelled.NOT_FOUND);
    }

    @Test
    void progress_reaches_the_platform_at_most_once_a_second() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Work work = (progress, cancellation) -> {
            progress.report(1, 5, "reading 48,210 rows", 0); // same instant as the start: not shown
            clock.now = clock.now.plusMillis(1500);
            progress.report(3, 5, "clustering 48,210 customers", 0.62);
            progress.report(3, 5, "clustering 48,210 customers", 0.70); // 0 s later: not shown
            clock.now = clock.now.plusMillis(999);
            progress.report(3, 5, "clustering 48,210 customers", 0.80); // 0.999 s later: not shown
            clock.now = clock.now.plusMillis(5501);
            progress.report(4, 5, "fitting", 0);
            assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            return new Work.Result(null, OutgoingMessage.text("done"));
        };
        jobs.submit(run(MARIA, "shop"), work);
        release.countDown();
        recorder.next();
        assertThat(recorder.progress)
                .containsExactly(
                        "started 1: starting, 0:00",
                        "1: step 3/5 — clustering 48,210 customers, 62 %, 0:01",
                        "1: step 4/5 — fitting, 0:08");
        JobRepository.Row row = new JobRepository(database).find(1).orElseThrow();
        assertThat(row.step()).isEqualTo(4);
        assertThat(row.stepLabel()).isEqualTo("fitting");
    }

    @Test
    void a_failure_is_one_sentence_with_a_reference_and_no_exception_text() throws Exception {
        jobs.submit(run(MARIA, "shop"), (p, c) -> {
            throw new NullPointerException("Cannot invoke \"String.length()\" because \"x\" is null");
        });
        JobRepository.Row row = recorder.next();
        assertThat(row.state()).isEqualTo("failed");
        assertThat(row.errorMessage()).isEqualTo("something went wrong on my side");
        assertThat(row.errorRef()).matches("E[0-9A-F]{7}");
    }

    @Test
    void jobs_of_a_process_that_died_are_marked_interrupted_and_free_their_dataset() throws Exception {
        JobRepository repository = new JobRepository(database);
        JobRepository.Created dead = repository.create(new JobRepository.NewJob(
                "run", "run shop", "dataset:shop", "slack", "U1", "slack", "C1", null, "dead-process", clock.now));
        repository.started(dead.jobId(), clock.now);
        clock.now = clock.now.plusSeconds(30);
        jobs.heartbeat();
        assertThat(jobs.interruptStale(Duration.ofSeconds(60))).isEmpty();
        clock.now = clock.now.plusSeconds(31);
        List<JobRepository.Row> interrupted = jobs.interruptStale(Duration.ofSeconds(60));
        assertThat(interrupted)
                .extracting(JobRepository.Row::id, JobRepository.Row::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(dead.jobId(), "interrupted"));
        assertThat(jobs.submit(run(MARIA, "shop"), (p, c) -> new Work.Result(null, OutgoingMessage.text("x"))))
                .isInstanceOf(Jobs.Submitted.Queued.class);
    }
}
