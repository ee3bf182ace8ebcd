package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.bot.Address;
import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent view's prompts, the Home tab and the run modal, through the real Bolt in HTTP mode. */
class SlackAgentViewTest {
    private static final String SECRET = "agent-view-test-secret";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private FakeSlackApi slack;
    private SlackAdapter adapter;
    private RecordingCore core;
    private SlackRequests requests;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlackApi();
        core = new RecordingCore();
        OutgoingMessage home = OutgoingMessage.builder()
                .heading("Latest run 3")
                .add(new Part.Table(
                        "",
                        List.of(
                                new Part.Column("Segment", Part.Align.LEFT),
                                new Part.Column("Customers", Part.Align.RIGHT)),
                        List.of(List.of("Champions", "412"))))
                .add(new Part.Actions(List.of(new Part.Action(Part.Actions.RERUN, "Run again", "run shop"))))
                .build();
        adapter = new SlackAdapter(
                new SlackConnection("xoxb-test", null, SECRET, slack.url(), "127.0.0.1", 0),
                SlackAdapter.CALL_TIMEOUT,
                viewer -> home);
        adapter.start(core);
        requests = new SlackRequests(adapter.httpPort(), SECRET);
    }

    @AfterEach
    void stop() {
        adapter.close();
        slack.close();
    }

    private static String homeOpened(String eventId, String tab) {
        return "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\",\"type\":\"event_callback\","
                + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,\"event\":{\"type\":\"app_home_opened\","
                + "\"user\":\"U0MARIA\",\"channel\":\"D0MARIA\",\"tab\":\"" + tab
                + "\",\"event_ts\":\"1700000000.1\"}}";
    }

    @Test
    void opening_the_messages_tab_sets_the_suggested_prompts_without_a_thread() throws Exception {
        assertThat(requests.send(homeOpened("Ev20", "messages"), true).statusCode())
                .isEqualTo(200);

        FakeSlackApi.Call call =
                slack.await("assistant.threads.setSuggestedPrompts", 1, WAIT).get(0);
        assertThat(call.param("channel_id")).isEqualTo("D0MARIA");
        assertThat(call.param("thread_ts")).isNull();
        JsonNode prompts = call.json("prompts");
        assertThat(prompts).hasSize(4);
        assertThat(prompts.get(0).get("message").asText()).isEqualTo("Which segment should we prioritise for ROI?");
    }

    @Test
    void opening_the_home_tab_publishes_the_cores_dashboard() throws Exception {
        assertThat(requests.send(homeOpened("Ev21", "home"), true).statusCode()).isEqualTo(200);

        FakeSlackApi.Call call = slack.await("views.publish", 1, WAIT).get(0);
        assertThat(call.param("user_id")).isEqualTo("U0MARIA");
        JsonNode view = call.json("view");
        assertThat(view.get("type").asText()).isEqualTo("home");
        assertThat(view.get("blocks").get(0).get("text").get("text").asText()).isEqualTo("Latest run 3");
        assertThat(view.get("blocks").get(1).get("type").asText()).isEqualTo("table");
        assertThat(view.get("blocks").get(2).get("elements").get(0).get("value").asText())
                .isEqualTo("run shop");
    }

    @Test
    void run_without_parameters_opens_the_modal_and_its_submission_is_the_command_line() throws Exception {
        assertThat(requests.send(SlackRequests.command("run", "U0MARIA", "C0CHAN", "t.run"), false)
                        .statusCode())
                .isEqualTo(200);
        FakeSlackApi.Call open = slack.await("views.open", 1, WAIT).get(0);
        assertThat(open.param("trigger_id")).isEqualTo("t.run");
        assertThat(open.json("view").get("callback_id").asText()).isEqualTo(RunModal.CALLBACK_ID);
        assertThat(open.json("view").get("private_metadata").asText()).isEqualTo("C0CHAN");
        assertThat(core.received).isEmpty();

        String submission = "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0TEAM\",\"domain\":\"x\"},"
                + "\"user\":{\"id\":\"U0MARIA\",\"username\":\"maria\",\"team_id\":\"T0TEAM\"},\"api_app_id\":\"A0APP\","
                + "\"token\":\"legacy\",\"trigger_id\":\"t.sub\",\"view\":{\"id\":\"V0RUN\",\"type\":\"modal\","
                + "\"callback_id\":\"segbot_run\",\"private_metadata\":\"C0CHAN\",\"hash\":\"h1\",\"state\":{\"values\":{"
                + "\"dataset\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"shop\"}},"
                + "\"as_of\":{\"value\":{\"type\":\"datepicker\",\"selected_date\":\"2024-12-31\"}},"
                + "\"k\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"4\"}}}}}}";
        String body = "payload=" + URLEncoder.encode(submission, StandardCharsets.UTF_8);
        assertThat(requests.send(body, false).statusCode()).isEqualTo(200);

        RecordingCore.Received received = core.await(1, WAIT).get(0);
        assertThat(received.kind()).isEqualTo("command");
        assertThat(received.inbound().text()).isEqualTo("run shop --as-of 2024-12-31 --k 4");
        assertThat(received.inbound().replyTo()).isEqualTo(new Address("slack", "C0CHAN", null));
        assertThat(slack.await("chat.postEphemeral", 1, WAIT).get(0).param("channel"))
                .isEqualTo("C0CHAN");
    }
}
