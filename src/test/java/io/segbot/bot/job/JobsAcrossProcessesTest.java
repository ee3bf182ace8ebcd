package io.segbot.bot.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.Address;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.store.ChildJvm;
import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one H2 file, as serve and a second serve (or any process) sharing it through
 * AUTO_SERVER: this one asks about a job the other runs.
 */
class JobsAcrossProcessesTest {
    @TempDir
    Path folder;

    @Test
    void a_job_in_another_process_is_cancelled_from_this_one_and_sends_its_ending_to_a_waiter_here() throws Exception {
        Path file = folder.resolve("segbot");
        try (Database database = Database.open(file)) {
            Jobs here = new Jobs(new JobRepository(database), new JobsTest.Recorder(), Clock.systemUTC(), 1, 1);
            Process other = ChildJvm.start(RunJobProcess.class, folder.resolve("other.err"), file.toString());
            try {
                BufferedReader out = ChildJvm.output(other);
                assertThat(out.readLine()).as("the other process runs job 1").isEqualTo("running 1");

                Address tomsChannel = new Address("slack", "C2", null);
                JobRequest tomsRun = new JobRequest("run", "run shop", "dataset:shop", JobsTest.TOM, tomsChannel);
                assertThat(here.submit(tomsRun, (p, c) -> new Work.Result(null, OutgoingMessage.text("x"))))
                        .isEqualTo(new Jobs.Submitted.Busy(1, true));
                assertThat(here.cancel(1, JobsTest.MARIA, false)).isEqualTo(Jobs.Cancelled.CANCELLING);

                assertThat(out.readLine()).isEqualTo("ended cancelled; waiters U2@C2");
                assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(other.exitValue())
                        .as(Files.readString(folder.resolve("other.err")))
                        .isZero();
            } finally {
                other.destroyForcibly();
                here.shutdown(Duration.ofSeconds(5));
            }
        }
    }
}
