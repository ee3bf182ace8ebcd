package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.bot.Address;
import io.segbot.bot.AnswerStream;
import io.segbot.bot.DeliveryException;
import io.segbot.bot.Posted;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox against the loopback Web API, through the SDK's real async client. */
class SlackOutboxTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private FakeSlackApi slack;
    private SlackAdapter adapter;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        adapter = new SlackAdapter(
                new SlackConnection("xoxb-test", "xapp-test", null, slack.url(), null, 0),
                Duration.ofSeconds(30),
                null);
    }

    @AfterEach
    void stop() {
        adapter.close();
        slack.close();
    }

    private Address thread() {
        return new Address("slack", "C0CHAN", "1700000000.000001");
    }

    @Test
    void an_answer_goes_into_the_questions_thread_with_its_blocks() throws Exception {
        Posted posted = adapter.outbox()
                .post(
                        thread(),
                        OutgoingMessage.builder()
                                .markdown("**Champions** are 12% of customers.")
                                .source("run 3, dataset sample")
                                .build());

        FakeSlackApi.Call call = slack.await("chat.postMessage", 1, WAIT).get(0);
        assertThat(call.param("channel")).isEqualTo("C0CHAN");
        assertThat(call.param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(call.json("blocks").get(0).get("text").asText()).isEqualTo("**Champions** are 12% of customers.");
        assertThat(call.json("blocks").get(1).get("type").asText()).isEqualTo("context");
        assertThat(posted.messageId()).isNotBlank();
        assertThat(posted.address()).isEqualTo(thread());
    }

    @Test
    void a_rate_limited_post_is_retried_after_retry_after() throws Exception {
        slack.failNext("chat.postMessage", "429:1");
        long started = System.nanoTime();
        adapter.outbox().post(thread(), OutgoingMessage.text("Hello"));

        assertThat(slack.calls("chat.postMessage#429")).hasSize(1);
        assertThat(slack.calls("chat.postMessage")).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void refused_blocks_are_resent_as_plain_text_never_lost() throws Exception {
        slack.failNext("chat.postMessage", "invalid_blocks");
        adapter.outbox()
                .post(
                        thread(),
                        OutgoingMessage.builder()
                                .heading("Segments")
                                .markdown("**Champions** spend `<$1,000>` & more")
                                .build());

        List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).param("blocks")).isNull();
        assertThat(posts.get(1).param("text")).isEqualTo("*Segments*\n\n*Champions* spend `&lt;$1,000&gt;` &amp; more");
        assertThat(posts.get(1).param("thread_ts")).isEqualTo("1700000000.000001");
    }

    @Test
    void msg_blocks_too_long_on_an_update_falls_back_to_text_too() throws Exception {
        slack.failNext("chat.update", "msg_blocks_too_long");
        adapter.outbox().update(new Posted(thread(), "1700000000.000009"), OutgoingMessage.text("Result: 4 segments"));

        List<FakeSlackApi.Call> updates = slack.calls("chat.update");
        assertThat(updates).hasSize(2);
        assertThat(updates.get(1).param("text")).isEqualTo("Result: 4 segments");
        assertThat(updates.get(1).param("ts")).isEqualTo("1700000000.000009");
    }

    @Test
    void a_channel_the_bot_is_not_in_is_reported_with_how_to_invite_it() {
        slack.failNext("chat.postMessage", "not_in_channel");
        assertThatThrownBy(
                        () -> adapter.outbox().post(new Address("slack", "C0PRIV", null), OutgoingMessage.text("hi")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("invite me with /invite @segbot")
                .extracting(e -> ((DeliveryException) e).reason())
                .isEqualTo(DeliveryException.Reason.NOT_IN_CHANNEL);

        slack.failNext("chat.postMessage", "channel_not_found");
        assertThatThrownBy(
                        () -> adapter.outbox().post(new Address("slack", "G0PRIV", null), OutgoingMessage.text("hi")))
                .extracting(e -> ((DeliveryException) e).reason())
                .isEqualTo(DeliveryException.Reason.NOT_IN_CHANNEL);
    }

    @Test
    void a_customer_list_goes_only_to_the_requesters_dm() throws Exception {
        OutgoingMessage export = OutgoingMessage.builder()
                .markdown("Champions: 412 customers, file attached.")
                .add(new Part.Attachment(
                        "champions.csv",
                        "text/csv",
                        "Champions",
                        true,
                        out -> out.write("customer_id\nC1\nC2\n".getBytes(StandardCharsets.UTF_8))))
                .build();

        assertThatThrownBy(() -> adapter.outbox().post(thread(), export)).isInstanceOf(DeliveryException.class);
        assertThat(slack.calls("chat.postMessage")).isEmpty();

        Posted posted = adapter.outbox().postPrivately("U0MARIA", export);
        assertThat(posted.address().channelId()).isEqualTo("DU0MARIA");
        assertThat(slack.calls("conversations.open").get(0).param("users")).isEqualTo("U0MARIA");
        assertThat(slack.calls("chat.postMessage").get(0).param("channel")).isEqualTo("DU0MARIA");
        FakeSlackApi.Call upload = slack.calls("upload").get(0);
        assertThat(new String(upload.body(), StandardCharsets.UTF_8)).isEqualTo("customer_id\nC1\nC2\n");
        FakeSlackApi.Call complete = slack.calls("files.completeUploadExternal").get(0);
        assertThat(complete.param("channel_id")).isEqualTo("DU0MARIA");
        assertThat(complete.json("files").get(0).get("title").asText()).isEqualTo("Champions");
        assertThat(complete.param("thread_ts")).isEqualTo(posted.messageId());
    }

    @Test
    void a_long_answer_posted_to_a_channel_continues_in_its_thread() throws Exception {
        String paragraph = "Segment findings with figures and reasons. ".repeat(40) + "\n\n";
        Posted posted = adapter.outbox()
                .post(
                        new Address("slack", "C0CHAN", null),
                        OutgoingMessage.text(paragraph.repeat(12).strip()));

        List<FakeSlackApi.Call> posts = slack.calls("chat.postMessage");
        // 12 paragraphs of 1,722 characters: pieces of 5, 5 and 2 paragraphs, each its own message
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0).param("thread_ts")).isNull();
        assertThat(posts.subList(1, 3))
                .allSatisfy(p -> assertThat(p.param("thread_ts")).isEqualTo(posted.messageId()));
    }

    @Test
    void a_streamed_answer_starts_appends_stops_and_is_replaced_by_the_complete_message() throws Exception {
        AnswerStream stream = adapter.outbox().stream(thread());
        String sentence = "Champions bought 4.2 times on average in the last year. ";
        for (int i = 0; i < 10; i++) {
            stream.append(sentence);
        }
        Posted posted = stream.finish(OutgoingMessage.text(sentence.repeat(10).strip()));

        FakeSlackApi.Call start = slack.calls("chat.startStream").get(0);
        assertThat(start.param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(start.param("markdown_text")).hasSizeGreaterThanOrEqualTo(SlackStream.BUFFER);
        assertThat(slack.calls("chat.appendStream")).hasSize(1);
        assertThat(slack.calls("chat.stopStream")).hasSize(1);
        FakeSlackApi.Call update = slack.calls("chat.update").get(0);
        assertThat(update.param("ts")).isEqualTo(posted.messageId());
        assertThat(update.json("blocks").get(0).get("text").asText())
                .isEqualTo(sentence.repeat(10).strip());
    }

    @Test
    void status_sets_the_assistant_thread_status() throws Exception {
        adapter.outbox().status(thread(), "looking at 48,210 customers…");
        FakeSlackApi.Call call =
                slack.await("assistant.threads.setStatus", 1, WAIT).get(0);
        assertThat(call.param("channel_id")).isEqualTo("C0CHAN");
        assertThat(call.param("thread_ts")).isEqualTo("1700000000.000001");
        assertThat(call.param("status")).isEqualTo("looking at 48,210 customers…");
    }
}
