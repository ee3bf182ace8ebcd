package io.segbot.platform.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.bot.Secrets;
import io.segbot.bot.SlackSettings;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackConnectionTest {
    private static final SlackSettings DEFAULTS = SlackSettings.defaults();

    private static Optional<SlackConnection> resolve(Map<String, String> env) {
        return SlackConnection.resolve(DEFAULTS, Secrets.fromEnvironment(env), env);
    }

    @Test
    void bot_and_app_tokens_mean_socket_mode_against_slacks_own_api() {
        SlackConnection connection = resolve(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))
                .orElseThrow();
        assertThat(connection.mode()).isEqualTo(SlackConnection.Mode.SOCKET);
        assertThat(connection.apiUrl()).isEqualTo("https://slack.com/api/");
    }

    @Test
    void a_signing_secret_without_an_app_token_means_http_mode_on_loopback_port_3000() {
        SlackConnection connection = resolve(Map.of(
                        "SLACK_BOT_TOKEN", "xoxb-1",
                        "SLACK_SIGNING_SECRET", "s3cret",
                        "SLACK_API_URL", "http://127.0.0.1:8080/api"))
                .orElseThrow();
        assertThat(connection.mode()).isEqualTo(SlackConnection.Mode.HTTP);
        assertThat(connection.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(connection.httpPort()).isEqualTo(3000);
        assertThat(connection.apiUrl()).isEqualTo("http://127.0.0.1:8080/api/");
        assertThat(connection.toString())
                .isEqualTo(
                        "Slack HTTP mode, Web API http://127.0.0.1:8080/api/, listening on 127.0.0.1:3000/slack/events");
    }

    @Test
    void without_a_bot_token_or_a_second_credential_slack_is_not_configured() {
        assertThat(resolve(Map.of())).isEmpty();
        assertThat(resolve(Map.of("SLACK_BOT_TOKEN", "xoxb-1"))).isEmpty();
        assertThat(new SlackAdapter(DEFAULTS, Secrets.none(), Map.of(), null).configured())
                .isFalse();
    }

    @Test
    void a_wrong_kind_of_token_is_refused_naming_the_variable_but_not_the_value() {
        assertThatThrownBy(() -> resolve(Map.of("SLACK_BOT_TOKEN", "xoxp-user-secret", "SLACK_APP_TOKEN", "xapp-1")))
                .hasMessage("SLACK_BOT_TOKEN must be a bot token (xoxb-…)")
                .hasMessageNotContaining("user-secret");
        assertThatThrownBy(() -> resolve(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xoxb-2")))
                .hasMessage("SLACK_APP_TOKEN must be an app-level token (xapp-…)");
    }

    @Test
    void the_connection_never_prints_a_token() {
        SlackConnection connection = resolve(
                        Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_APP_TOKEN", "xapp-also-secret"))
                .orElseThrow();
        assertThat(connection.toString()).doesNotContain("secret");
    }
}
