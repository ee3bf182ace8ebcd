package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest asks for exactly what the adapter uses, no more. */
class SlackManifestTest {
    private static JsonNode manifest() throws Exception {
        return new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("bot-config/slack-manifest.yaml").toFile());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    @Test
    void the_manifest_requests_exactly_the_scopes_and_events_segbot_uses() throws Exception {
        JsonNode manifest = manifest();
        assertThat(strings(manifest.at("/oauth_config/scopes/bot")))
                .containsExactly(
                        "app_mentions:read",
                        "assistant:write",
                        "chat:write",
                        "commands",
                        "files:write",
                        "im:history",
                        "im:write",
                        "usergroups:read");
        assertThat(strings(manifest.at("/settings/event_subscriptions/bot_events")))
                .containsExactly("app_home_opened", "app_mention", "message.im");
        assertThat(manifest.at("/features/slash_commands/0/command").asText()).isEqualTo(SlackHandlers.COMMAND);
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean())
                .isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/home_tab_enabled").asBoolean())
                .isTrue();
    }

    @Test
    void the_agent_views_suggested_prompts_are_the_ones_the_adapter_sets() throws Exception {
        JsonNode prompts = manifest().at("/features/agent_view/suggested_prompts");
        assertThat(prompts).hasSize(AgentView.PROMPTS.size());
        for (int i = 0; i < prompts.size(); i++) {
            assertThat(prompts.get(i).get("title").asText())
                    .isEqualTo(AgentView.PROMPTS.get(i).getTitle());
            assertThat(prompts.get(i).get("message").asText())
                    .isEqualTo(AgentView.PROMPTS.get(i).getMessage());
        }
    }
}
