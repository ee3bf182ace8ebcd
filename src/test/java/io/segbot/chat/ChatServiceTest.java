package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.store.Database;
import io.segbot.store.TestDatabases;
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
        database = TestDatabases.fresh("service-" + UUID.randomUUID());
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
    void messages_of_one_conversation_are_answered_in_order_one_at_a_time_and_memory_follows() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();
        Phraser gate = new Phraser() {
            @Override
            public Optional<String> phrase(String q, String draft, List<Fact> facts, Consumer<String> tokens) {
                mostAtOnce.accumulateAndGet(active.incrementAndGet(), Math::max);
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                active.decrementAndGet();
                return Optional.empty();
            }

            @Override
            public String name() {
                return "gate";
            }
        };
        List<String> questions = List.of(
                "which segment is most profitable?",
                "what about segment 1?",
                "and their churn?",
                "compare segment 0 and 2",
                "which segment should we prioritise for ROI?");
        try (ChatService service =
                new ChatService(fixture.engine(gate, dir), 4, 16, Duration.ofMinutes(10), Clock.systemUTC())) {
            for (int i = 0; i < questions.size(); i++) {
                assertThat(service.submit("lane-" + i, question(questions.get(i)), channel()))
                        .isEqualTo(ChatService.Submission.ACCEPTED);
            }
            release.countDown();
            List<String> answers = new java.util.ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                answers.add(outcomes.poll(10, TimeUnit.SECONDS));
            }
            assertThat(mostAtOnce.get()).isEqualTo(1);
            assertThat(answers).hasSize(questions.size()).allMatch(answer -> answer.startsWith("reply: "));
            // memory holds every turn, in the order asked, each resolved against the one before
            var turns =
                    new io.segbot.store.ConversationRepository(database).recent("slack:C1:T1", java.time.Instant.EPOCH);
            assertThat(turns)
                    .extracting(io.segbot.store.ConversationRepository.Turn::question)
                    .containsExactlyElementsOf(questions);
            assertThat(turns)
                    .extracting(io.segbot.store.ConversationRepository.Turn::turnNo)
                    .containsExactly(1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void different_conversations_are_answered_side_by_side() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        Phraser meet = new Phraser() {
            @Override
            public Optional<String> phrase(String q, String draft, List<Fact> facts, Consumer<String> tokens) {
                bothInside.countDown();
                try {
                    bothInside.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.empty();
            }

            @Override
            public String name() {
                return "meet";
            }
        };
        try (ChatService service =
                new ChatService(fixture.engine(meet, dir), 2, 4, Duration.ofMinutes(10), Clock.systemUTC())) {
            service.submit("x1", question("which segment is most profitable?"), channel());
            service.submit(
                    "x2",
                    new ChatRequest(
                            "slack:C2", "U2", "which segment is most profitable?", ChatRequest.Permissions.NONE, null),
                    channel());
            assertThat(bothInside.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).startsWith("reply: ");
            assertThat(outcomes.poll(10, TimeUnit.SECONDS)).startsWith("reply: ");
        }
    }

    @Test
    void a_message_without_an_event_id_is_refused() {
        try (ChatService service =
                new ChatService(fixture.engine(Phraser.NONE, dir), 1, 4, Duration.ofMinutes(10), Clock.systemUTC())) {
            assertThat(service.submit(" ", question("how many customers?"), channel()))
                    .isEqualTo(ChatService.Submission.REFUSED);
            assertThat(service.submit(null, question("how many customers?"), channel()))
                    .isEqualTo(ChatService.Submission.REFUSED);
        }
    }

    @Test
    void a_timed_out_answer_stops_the_model_and_sends_the_checked_template() throws Exception {
        Phraser hangs = new Phraser() {
            @Override
            public Optional<String> phrase(String q, String draft, List<Fact> facts, Consumer<String> tokens) {
                throw new AssertionError("the cancellable variant is called");
            }

            @Override
            public Optional<String> phrase(
                    String q,
                    String draft,
                    List<Fact> facts,
                    Consumer<String> tokens,
                    io.segbot.llm.CancellationToken cancellation) {
                CountDownLatch stopped = new CountDownLatch(1);
                cancellation.onCancel(stopped::countDown);
                try {
                    stopped.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of("This text must never be sent: $1.");
            }

            @Override
            public String name() {
                return "hangs";
            }
        };
        try (ChatService service = new ChatService(
                fixture.engine(hangs, dir),
                EventClaims.inMemory(Duration.ofMinutes(10), Clock.systemUTC()),
                1,
                4,
                Duration.ofMillis(200))) {
            service.submit("t1", question("which segment is most profitable?"), channel());
            assertThat(outcomes.poll(10, TimeUnit.SECONDS))
                    .isEqualTo("reply: This data has no costs, so profit and ROI can't be computed; I rank by revenue"
                            + " instead.");
        }
    }

    @Test
    void a_failing_answer_tells_the_user_a_reference_not_the_exception() throws Exception {
        Phraser broken = new Phraser() {
            @Override
            public Optional<String> phrase(String q, String draft, List<Fact> facts, Consumer<String> tokens) {
                throw new IllegalStateException("secret internal detail at row 42");
            }

            @Override
            public String name() {
                return "broken";
            }
        };
        try (ChatService service =
                new ChatService(fixture.engine(broken, dir), 1, 4, Duration.ofMinutes(10), Clock.systemUTC())) {
            service.submit("f1", question("which segment is most profitable?"), channel());
            assertThat(outcomes.poll(10, TimeUnit.SECONDS))
                    .matches("failed: Sorry, I couldn't answer that \\(reference E[0-9A-F]{7}\\)\\.")
                    .doesNotContain("secret");
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
