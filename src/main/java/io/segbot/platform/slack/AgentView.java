package io.segbot.platform.slack;

import com.google.gson.Gson;
import com.slack.api.methods.Methods;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import io.segbot.bot.Address;
import io.segbot.bot.Dashboard;
import io.segbot.bot.Requester;
import io.segbot.bot.message.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's app surfaces around the conversation: the agent view's suggested prompts (set on
 * {@code app_home_opened} with tab {@code messages}; Bolt 1.48.0's {@code Assistant} middleware
 * only knows the older assistant surface, so this calls the method directly and without
 * {@code thread_ts}, which the agent view ignores), the Home tab dashboard ({@code views.publish})
 * and the run modal ({@code views.open}). All calls are best effort and never block an ack.
 */
final class AgentView {
    private static final Logger log = LoggerFactory.getLogger(AgentView.class);
    static final int HOME_BLOCKS = 100;
    static final List<SuggestedPrompt> PROMPTS = List.of(
            prompt("Prioritise", "Which segment should we prioritise for ROI?"),
            prompt("Churn risk", "What's our churn risk?"),
            prompt("Compare segments", "Compare segment 0 and 1"),
            prompt("Latest run", "Show the segments of the latest run"));

    private final SlackApi api;
    private final Dashboard dashboard;
    private final Map<String, String> appChannels = new ConcurrentHashMap<>();
    private final Gson gson = GsonFactory.createSnakeCase();

    AgentView(SlackApi api, Dashboard dashboard) {
        this.api = api;
        this.dashboard = dashboard;
    }

    void opened(AppHomeOpenedEvent event, Requester viewer) {
        if (event.getChannel() != null) {
            appChannels.put(event.getUser(), event.getChannel());
        }
        if ("messages".equals(event.getTab()) && event.getChannel() != null) {
            api.call(
                            Methods.ASSISTANT_THREADS_SET_SUGGESTED_PROMPTS,
                            event.getChannel(),
                            client -> client.assistantThreadsSetSuggestedPrompts(r -> r.channelId(event.getChannel())
                                    .title("Ask about your customers")
                                    .prompts(PROMPTS)))
                    .whenComplete((response, error) ->
                            report("suggested prompts", error, response == null ? null : response.getError()));
        } else if ("home".equals(event.getTab())) {
            publishHome(viewer);
        }
    }

    void publishHome(Requester viewer) {
        OutgoingMessage home = dashboard.home(viewer);
        Rendered rendered = SlackRenderer.render(home);
        List<Object> blocks = new ArrayList<>();
        for (Rendered.BlockMessage message : rendered.messages()) {
            for (Object block : message.blocks()) {
                if (blocks.size() < HOME_BLOCKS) {
                    blocks.add(block);
                }
            }
        }
        String view = gson.toJson(Map.of("type", "home", "blocks", blocks));
        api.call(
                        Methods.VIEWS_PUBLISH,
                        null,
                        client -> client.viewsPublish(
                                r -> r.userId(viewer.userId()).viewAsString(view)))
                .whenComplete(
                        (response, error) -> report("home tab", error, response == null ? null : response.getError()));
    }

    void openRunModal(String triggerId, String channelId) {
        View view = RunModal.view(channelId);
        api.call(
                        Methods.VIEWS_OPEN,
                        null,
                        client -> client.viewsOpen(r -> r.triggerId(triggerId).viewAsString(gson.toJson(view))))
                .whenComplete(
                        (response, error) -> report("run modal", error, response == null ? null : response.getError()));
    }

    /** Where a button on the Home tab is answered: the user's conversation with the app. */
    Address dmOf(String userId) {
        // Posting to a user id opens the app's DM with that user.
        return new Address(SlackOutbox.PLATFORM, appChannels.getOrDefault(userId, userId), null);
    }

    private static void report(String what, Throwable error, String slackError) {
        if (error != null || slackError != null) {
            log.warn("could not update the {}: {}", what, error != null ? error.toString() : slackError);
        }
    }

    private static SuggestedPrompt prompt(String title, String message) {
        return new SuggestedPrompt(title, message);
    }
}
