package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatServiceTest {
    @TempDir
    Path dir;

    Database database;
    ChatFixture fixture;
    LinkedBlockingQueue<String> outcomes = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() {
        database = Database.inMemory("service-" + UUID.randomUUID());
        fixture = new ChatFixture(database, "At Risk");
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    ChatService.ReplyChannel channel() {
        return new ChatService.ReplyChannel() {
            @Override
            public void progress(String token) {}

            @Override
            public void deliver(ChatReply reply) {
                outcomes.add("reply: " + reply.text().lines().findFirst().orElse(""));
            }

            @Override
            public void fail(String message) {
                outcomes.add("failed: " + message);
            }
        };
    }

    static ChatRequest question(String text) {
        return new ChatRequest("slack:C1:T1", "U1", text, ChatRequest.Permissions.NONE, null);
    }

    @Test
    void a_retried_event_is_answered_once() throws Exception {
        try (ChatService service =
                new ChatService(fixture.engine(Phraser.NONE, dir), 1, 4, Duration.ofMinutes(10), Clock.systemUTC())) {
            assertThat(service.submit("Ev1", question("which segment is most profitable?"), channel()))
                    .isEqualTo(ChatService.Submission.ACCEPTED);
            assertThat(service.submit("Ev1", question("which segment is most profitable?"), channel()))
                    .isEqualTo(ChatService.Submission.DUPLICATE);
            assertThat(outcomes.poll(10, TimeUnit.SECONDS))
                    .isEqualTo(
                            "reply: This data has no costs, so profit and ROI can't be computed; I rank by revenue instead.");
            assertThat(outcomes.poll(300, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void a_full_queue_is_refused_as_busy_without_waiting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Phraser slow = new Phraser() {
            @Override
            public Optional<String> phrase(String q, String draft, List<Fact> facts, Consumer<String> tokens) {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            }

            @Override
            public String name() {
                return "slow";
            }
        };
        try (ChatService service =
                new ChatService(fixture.engine(slow, dir), 1, 1, Duration.ofMinutes(10), Clock.systemUTC())) {
            assertThat(service.submit("a", question("which segment is most profitable?"), channel()))
                    .isEqualTo(ChatService.Submission.ACCEPTED);
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(service.submit("b", question("which segment is most profitable?"), channel()))
                    .isEqualTo(ChatService.Submission.ACCEPTED);
            assertThat(service.submit("c", question("which segment is most profitable?"), channel()))
                    .isEqualTo(ChatService.Submission.BUSY);
            release.countDown();
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).startsWith("reply: ");
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).startsWith("reply: ");
        }
    }
}
