package io.segbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.engine.SparkLaunch;
import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A command-line Spark run shows in the job table, step by step, like a bot's job. */
class SparkJobRecordTest {

    @Test
    void the_job_row_follows_the_spark_jobs_step_lines_and_ends_with_the_run() {
        try (Database database = Database.inMemory("spark-job-" + UUID.randomUUID())) {
            JobRepository jobs = new JobRepository(database);
            long id;
            try (SparkJobRecord job = SparkJobRecord.start(
                    database, Clock.systemUTC(), "analyze --engine spark --input hdfs://nn/orders")) {
                id = job.id();
                assertThat(jobs.find(id).orElseThrow().state()).isEqualTo("running");
                SparkLaunch.step("step 3/8 RFM edges of 1,000,000 customers (41.2 s)")
                        .ifPresent(s -> job.step(s.step(), s.steps(), s.label()));
                JobRepository.Row running = jobs.find(id).orElseThrow();
                assertThat(running.step()).isEqualTo(3);
                assertThat(running.steps()).isEqualTo(8);
                assertThat(running.stepLabel()).isEqualTo("RFM edges of 1,000,000 customers");
                assertThat(running.kind()).isEqualTo("run");
                assertThat(running.parameters()).isEqualTo("analyze --engine spark --input hdfs://nn/orders");
                job.succeeded(17L);
            }
            JobRepository.Row ended = jobs.find(id).orElseThrow();
            assertThat(ended.state()).isEqualTo("succeeded");
            assertThat(ended.resultRunId()).isEqualTo(17L);
        }
    }

    @Test
    void lines_that_are_not_steps_are_not_taken_for_one() {
        assertThat(SparkLaunch.step("SLF4J: Defaulting to no-operation (NOP) logger implementation"))
                .isEmpty();
        assertThat(SparkLaunch.step("step 8/8 storing 3,000 customers (228.4 s)"))
                .contains(new SparkLaunch.Step(8, 8, "storing 3,000 customers"));
    }
}
