package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.segmentation.RunRepository;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import io.segbot.store.EmbeddedPostgresServer;
import io.segbot.store.ProcessedEventRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack delivers each event to both of two segbot instances sharing one PostgreSQL store (as it
 * does after a failover, or with two Socket Mode connections): every event is answered once, by
 * one of them, and the conversation's memory numbers the answered turns without a gap.
 */
@Tag("postgres")
class ChatServiceAcrossInstancesTest {
    private static final int EVENTS = 12;

    @TempDir
    Path dir;

    @Test
    void an_event_received_by_two_instances_is_answered_once() throws Exception {
        String url = EmbeddedPostgresServer.createDatabase("chat-instances");
        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Database first = Database.postgres(url, EmbeddedPostgresServer.LOGIN);
                Database second = Database.postgres(url, EmbeddedPostgresServer.LOGIN)) {
            new ChatFixture(first, "At Risk");
            try (ChatService a = service(first, "a");
                    ChatService b = service(second, "b")) {
                List<List<ChatService.Submission>> submissions = new ArrayList<>();
                for (int event = 0; event < EVENTS; event++) {
                    String eventKey = "slack:Ev" + event;
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<ChatService.Submission>> both = new ArrayList<>();
                    for (ChatService instance : List.of(a, b)) {
                        String name = instance == a ? "a" : "b";
                        both.add(threads.submit(() -> {
                            together.await(10, TimeUnit.SECONDS);
                            return instance.submit(eventKey, question(), channel(name, replies));
                        }));
                    }
                    List<ChatService.Submission> results = new ArrayList<>();
                    for (Future<ChatService.Submission> submitted : both) {
                        results.add(submitted.get(20, TimeUnit.SECONDS));
                    }
                    submissions.add(results);
                }
                List<String> answered = new ArrayList<>();
                for (int i = 0; i < EVENTS; i++) {
                    String reply = replies.poll(20, TimeUnit.SECONDS);
                    assertThat(reply).as("reply %d of %d", i + 1, EVENTS).isNotNull();
                    answered.add(reply);
                }
                assertThat(replies.poll(500, TimeUnit.MILLISECONDS))
                        .as("no second reply")
                        .isNull();
                assertThat(submissions).allSatisfy(pair -> assertThat(pair)
                        .containsExactlyInAnyOrder(ChatService.Submission.ACCEPTED, ChatService.Submission.DUPLICATE));
                assertThat(answered).allMatch(reply -> reply.contains("I rank by revenue instead."));
            }
            List<ConversationRepository.Turn> turns = new ConversationRepository(second)
                    .recent("slack:C1:T1", ChatFixture.NOW.minus(Duration.ofHours(1)));
            assertThat(turns.stream().map(ConversationRepository.Turn::turnNo))
                    .as("the memory keeps the last 10 of %d turns, numbered without a gap", EVENTS)
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(EVENTS - 9, EVENTS).boxed().toList());
        } finally {
            threads.shutdownNow();
        }
    }

    /** One instance: its own engine, memory and stored claims, all on its own pool. */
    private ChatService service(Database database, String name) {
        Clock clock = Clock.fixed(ChatFixture.NOW, ZoneOffset.UTC);
        RunRepository runs = new RunRepository(database);
        ChatEngine engine = new ChatEngine(
                ChatFixture.CLASSIFIER,
                new RunSnapshots(runs, new DatasetRepository(database)),
                new ConversationMemory(new ConversationRepository(database), clock, 10, Duration.ofMinutes(30)),
                Phraser.NONE,
                new Exports(dir.resolve(name)),
                new io.segbot.mecerun.MeceRunRepository(database));
        EventClaims claims =
                EventClaims.stored(new ProcessedEventRepository(database), Duration.ofMinutes(10), Clock.systemUTC());
        return new ChatService(engine, claims, 2, 16, Duration.ofSeconds(30));
    }

    private static ChatRequest question() {
        return new ChatRequest(
                "slack:C1:T1", "U1", "which segment is most profitable?", ChatRequest.Permissions.NONE, null);
    }

    private static ChatService.ReplyChannel channel(String instance, LinkedBlockingQueue<String> replies) {
        return new ChatService.ReplyChannel() {
            @Override
            public void progress(String token) {}

            @Override
            public void deliver(ChatReply reply) {
                replies.add(instance + ": " + reply.text().lines().findFirst().orElse(""));
            }

            @Override
            public void fail(String message) {
                replies.add(instance + " failed: " + message);
            }
        };
    }
}
