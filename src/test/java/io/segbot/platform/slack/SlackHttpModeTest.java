package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.Address;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP Events mode: the real Bolt app behind the JDK server, signed requests like Slack's. */
class SlackHttpModeTest {
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private FakeSlackApi slack;
    private SlackAdapter adapter;
    private RecordingCore core;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        core = new RecordingCore();
        adapter = new SlackAdapter(
                new SlackConnection("xoxb-test", null, SECRET, slack.url(), "127.0.0.1", 0),
                SlackAdapter.CALL_TIMEOUT,
                null);
        adapter.start(core);
        requests = new SlackRequests(adapter.httpPort(), SECRET);
    }

    @AfterEach
    void stop() {
        adapter.close();
        slack.close();
    }

    @Test
    void a_slash_command_reaches_the_core_and_is_acked_with_the_immediate_reply_only_to_the_requester()
            throws Exception {
        HttpResponse<String> response =
                requests.send(SlackRequests.command("mece --dataset carts", "U0MARIA", "C0CHAN", "t.1"), false);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"response_type\":\"ephemeral\"").contains("Job 12 queued: `mece`");
        RecordingCore.Received received = core.await(1, WAIT).get(0);
        assertThat(received.kind()).isEqualTo("command");
        assertThat(received.inbound().text()).isEqualTo("mece --dataset carts");
        assertThat(received.inbound().requester().userId()).isEqualTo("U0MARIA");
        assertThat(received.inbound().replyTo()).isEqualTo(new Address("slack", "C0CHAN", null));
    }

    @Test
    void a_bad_signature_and_a_timestamp_older_than_five_minutes_get_401() throws Exception {
        String body = SlackRequests.command("status", "U0MARIA", "C0CHAN", "t.2");
        HttpResponse<String> forged = requests.send(
                body,
                false,
                Map.of("X-Slack-Signature", "v0=" + "0".repeat(64)),
                Instant.now().getEpochSecond());
        HttpResponse<String> old = requests.send(
                body, false, Map.of(), Instant.now().minusSeconds(6 * 60).getEpochSecond());
        HttpResponse<String> unsigned = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adapter.httpPort() + "/slack/events"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(old.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(core.received).isEmpty();
    }

    @Test
    void url_verification_echoes_the_challenge() throws Exception {
        HttpResponse<String> response = requests.send(
                "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                        + "\"type\":\"url_verification\"}",
                true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void an_app_mention_is_a_question_answered_in_its_thread_without_the_mention() throws Exception {
        HttpResponse<String> response = requests.send(
                SlackRequests.mention(
                        "Ev01",
                        "U0MARIA",
                        "C0CHAN",
                        "1700000000.000200",
                        "<@U0BOT> which segment should we prioritise?"),
                true);

        assertThat(response.statusCode()).isEqualTo(200);
        RecordingCore.Received received = core.await(1, WAIT).get(0);
        assertThat(received.kind()).isEqualTo("message");
        assertThat(received.inbound().eventId()).isEqualTo("Ev01");
        assertThat(received.inbound().text()).isEqualTo("which segment should we prioritise?");
        assertThat(received.inbound().replyTo()).isEqualTo(new Address("slack", "C0CHAN", "1700000000.000200"));
        // the core's immediate line is shown only to the asker, in the thread
        FakeSlackApi.Call ephemeral = slack.await("chat.postEphemeral", 1, WAIT).get(0);
        assertThat(ephemeral.param("user")).isEqualTo("U0MARIA");
        assertThat(ephemeral.param("thread_ts")).isEqualTo("1700000000.000200");
    }

    @Test
    void a_retried_event_is_handed_over_with_the_same_event_id_and_answered_once() throws Exception {
        String body = SlackRequests.mention("Ev02", "U0MARIA", "C0CHAN", "1700000000.000300", "<@U0BOT> churn?");
        HttpResponse<String> first = requests.send(body, true);
        HttpResponse<String> retry = requests.send(
                body,
                true,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"),
                Instant.now().getEpochSecond());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        Thread.sleep(300);
        assertThat(core.received).hasSize(1);
        assertThat(slack.calls("chat.postEphemeral")).hasSize(1);
    }

    @Test
    void a_direct_message_is_a_question_but_a_channel_message_without_mention_is_not() throws Exception {
        requests.send(
                SlackRequests.directMessage(
                        "Ev03", "U0MARIA", "D0MARIA", "1700000000.000400", "what's our churn risk?"),
                true);
        HttpResponse<String> channel = requests.send(
                SlackRequests.mention("Ev04", "U0MARIA", "C0CHAN", "1700000000.000500", "hello")
                        .replace("\"app_mention\"", "\"message\",\"channel_type\":\"channel\""),
                true);

        assertThat(channel.statusCode()).isEqualTo(200);
        RecordingCore.Received received = core.await(1, WAIT).get(0);
        Thread.sleep(200);
        assertThat(core.received).hasSize(1);
        assertThat(received.inbound().replyTo()).isEqualTo(new Address("slack", "D0MARIA", "1700000000.000400"));
        assertThat(received.inbound().text()).isEqualTo("what's our churn risk?");
    }
}
