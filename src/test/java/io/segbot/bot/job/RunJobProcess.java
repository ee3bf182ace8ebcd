package io.segbot.bot.job;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.store.Database;
import io.segbot.store.JobRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The instance running a job, as a second process for {@link JobsAcrossProcessesTest}: opens the
 * H2 file given as its argument (through the test's AUTO_SERVER), runs {@code run shop} for Maria,
 * which reports progress every 50 ms for at most 30 s, and prints "running ID" when it starts and
 * "ended STATE; waiters W,..." when it ends.
 */
public final class RunJobProcess {
    private RunJobProcess() {}

    public static void main(String[] args) throws Exception {
        CountDownLatch ended = new CountDownLatch(1);
        JobEvents events = new JobEvents() {
            @Override
            public void started(JobRepository.Row job, String progressLine) {
                System.out.println("running " + job.id());
                System.out.flush();
            }

            @Override
            public void progress(JobRepository.Row job, String progressLine) {}

            @Override
            public void finished(JobRepository.Row job, Work.Result result, List<Waiter> waiters) {
                System.out.println("ended " + job.state() + "; waiters "
                        + waiters.stream()
                                .map(w -> w.requester().userId() + "@"
                                        + w.replyTo().channelId())
                                .collect(Collectors.joining(",")));
                System.out.flush();
                ended.countDown();
            }
        };
        try (Database database = Database.open(Path.of(args[0]))) {
            Jobs jobs = new Jobs(new JobRepository(database), events, Clock.systemUTC(), 1, 1);
            jobs.submit(JobsTest.run(JobsTest.MARIA, "shop"), (progress, cancellation) -> {
                for (int i = 0; i < 600; i++) {
                    progress.report(1, 1, "working", i / 600.0);
                    Thread.sleep(50);
                }
                return new Work.Result(null, OutgoingMessage.text("finished without a cancel"));
            });
            ended.await(60, TimeUnit.SECONDS);
            jobs.shutdown(Duration.ofSeconds(5));
        }
    }
}
