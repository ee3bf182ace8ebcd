package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.bot.Address;
import io.segbot.bot.message.Part;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Socket Mode: the real Bolt Socket Mode client (Java-WebSocket backend) against a loopback server. */
class SlackSocketModeTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private FakeSlackApi slack;
    private FakeSocketMode socket;
    private SlackAdapter adapter;
    private RecordingCore core;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        socket = new FakeSocketMode();
        slack.socketModeUrl(socket.url());
        core = new RecordingCore();
        adapter = new SlackAdapter(
                new SlackConnection("xoxb-test", "xapp-test", null, slack.url(), null, 0),
                SlackAdapter.CALL_TIMEOUT,
                null);
        adapter.start(core);
        socket.awaitClient(WAIT);
    }

    @AfterEach
    void stop() throws Exception {
        adapter.close();
        socket.stop(1000);
        slack.close();
    }

    @Test
    void hello_then_a_slash_command_is_acked_with_the_immediate_reply() throws Exception {
        assertThat(slack.calls("apps.connections.open")).isNotEmpty(); // the URL came from the Web API
        socket.deliver("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                + "\"payload\":{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"channel_id\":\"C0CHAN\","
                + "\"user_id\":\"U0MARIA\",\"user_name\":\"maria\",\"command\":\"/segbot\",\"text\":\"status\","
                + "\"response_url\":\"http://127.0.0.1:9/unused\",\"trigger_id\":\"t.1\"}}");

        JsonNode ack = socket.ack("env-1", WAIT);
        assertThat(ack.path("payload").path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(ack.path("payload").path("text").asText()).isEqualTo("Job 12 queued: `mece`");
        RecordingCore.Received received = core.await(1, WAIT).get(0);
        assertThat(received.inbound().text()).isEqualTo("status");
        assertThat(received.inbound().eventId()).isEqualTo("command:t.1");
    }

    @Test
    void an_event_is_acked_and_handed_to_the_core() throws Exception {
        socket.deliver("{\"envelope_id\":\"env-2\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":"
                + SlackRequests.mention("Ev10", "U0MARIA", "C0CHAN", "1700000000.000700", "<@U0BOT> top customers?")
                + "}");

        assertThat(socket.ack("env-2", WAIT).path("envelope_id").asText()).isEqualTo("env-2");
        RecordingCore.Received received = core.await(1, WAIT).get(0);
        assertThat(received.inbound().eventId()).isEqualTo("Ev10");
        assertThat(received.inbound().replyTo()).isEqualTo(new Address("slack", "C0CHAN", "1700000000.000700"));
    }

    @Test
    void a_button_click_is_acked_and_becomes_the_cores_action_in_the_messages_thread() throws Exception {
        socket.deliver("{\"envelope_id\":\"env-3\",\"type\":\"interactive\",\"accepts_response_payload\":false,"
                + "\"payload\":{\"type\":\"block_actions\",\"user\":{\"id\":\"U0MARIA\",\"username\":\"maria\","
                + "\"team_id\":\"T0TEAM\"},\"api_app_id\":\"A0APP\",\"token\":\"legacy\",\"container\":{\"type\":"
                + "\"message\",\"message_ts\":\"1700000000.000900\",\"channel_id\":\"C0CHAN\",\"is_ephemeral\":false},"
                + "\"trigger_id\":\"t.9\",\"team\":{\"id\":\"T0TEAM\",\"domain\":\"segbot\"},\"channel\":{\"id\":"
                + "\"C0CHAN\",\"name\":\"marketing\"},\"actions\":[{\"action_id\":\"" + Part.Actions.NAME_SEGMENTS
                + "\",\"block_id\":\"b1\",\"text\":{\"type\":\"plain_text\",\"text\":\"Name segments\"},"
                + "\"value\":\"mece 4\",\"type\":\"button\",\"action_ts\":\"1700000001.000100\"}]}}");

        assertThat(socket.ack("env-3", WAIT).path("envelope_id").asText()).isEqualTo("env-3");
        RecordingCore.Received received = core.await(1, WAIT).get(0);
        assertThat(received.kind()).isEqualTo("action");
        assertThat(received.actionId()).isEqualTo(Part.Actions.NAME_SEGMENTS);
        assertThat(received.inbound().text()).isEqualTo("mece 4");
        assertThat(received.inbound().replyTo()).isEqualTo(new Address("slack", "C0CHAN", "1700000000.000900"));
    }
}
