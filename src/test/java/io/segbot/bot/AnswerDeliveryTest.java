package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.chat.Phraser;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers wait for their platform on delivery threads, so a slow channel holds no chat worker. */
class AnswerDeliveryTest {
    private static final Requester GUEST = Requester.of("slack", "U2");

    @TempDir
    Path dir;

    Database database;
    RecordingOutbox outbox = new RecordingOutbox("slack");
    BotCore core;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.inMemory("delivery-" + UUID.randomUUID());
        BotFixture.seed(database, dir);
        core = BotFixture.core(database, Phraser.NONE, dir, new Grants(100).grant("U2", Ability.ASK));
        core.register(outbox);
        core.start();
    }

    @AfterEach
    void tearDown() {
        outbox.release();
        core.close();
        database.close();
    }

    private Ack ask(String channel, String thread, String question) {
        return core.message(
                new Inbound(UUID.randomUUID().toString(), GUEST, new Address("slack", channel, thread), question));
    }

    @Test
    void answers_in_other_channels_arrive_while_two_threads_wait_for_a_slow_channel() throws Exception {
        outbox.heldChannel = "C-SLOW";
        // As many held answers as there are chat workers (2): delivering on the workers would stall all.
        assertThat(ask("C-SLOW", "1.1", "how many customers do we have?").status())
                .isEqualTo(Ack.Status.ACCEPTED);
        assertThat(ask("C-SLOW", "2.2", "how many customers do we have?").status())
                .isEqualTo(Ack.Status.ACCEPTED);
        outbox.await(line -> line.equals("held C-SLOW"));
        outbox.await(line -> line.equals("held C-SLOW"));

        ask("C1", null, "how many customers do we have?");
        assertThat(outbox.await(line -> line.startsWith("post C1: "))).contains("400");
        assertThat(outbox.log()).noneMatch(line -> line.startsWith("post C-SLOW"));

        outbox.release();
        outbox.await(line -> line.startsWith("post C-SLOW: "));
        outbox.await(line -> line.startsWith("post C-SLOW: "));
    }

    @Test
    void the_answers_of_one_thread_are_posted_in_the_order_they_were_asked() throws Exception {
        outbox.heldChannel = "C-SLOW";
        ask("C-SLOW", "1.1", "how many customers do we have?");
        outbox.await(line -> line.equals("held C-SLOW"));
        ask("C-SLOW", "1.1", "which segment should we prioritise for ROI?");
        ask("C-SLOW", "1.1", "what's our churn risk?");
        outbox.release();
        outbox.await(line -> line.startsWith("post C-SLOW: "));
        outbox.await(line -> line.startsWith("post C-SLOW: "));
        outbox.await(line -> line.startsWith("post C-SLOW: "));

        List<String> posts = outbox.log().stream()
                .filter(line -> line.startsWith("post C-SLOW: "))
                .toList();
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0)).contains("400");
        assertThat(posts.get(1)).containsIgnoringCase("ROI");
        assertThat(posts.get(2)).containsIgnoringCase("churn");
    }
}
