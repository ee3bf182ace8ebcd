package io.segbot.platform.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.SegbotException;
import io.segbot.bot.Secrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordConnectionTest {
    private static final Secrets TOKEN = Secrets.fromEnvironment(Map.of(Secrets.DISCORD_TOKEN, "MTIz.secret-token"));

    @Test
    void without_a_token_discord_is_not_configured() {
        assertThat(DiscordConnection.resolve(Secrets.none(), Map.of())).isEmpty();
    }

    @Test
    void discords_own_urls_are_the_default_and_the_token_never_shows() {
        DiscordConnection connection =
                DiscordConnection.resolve(TOKEN, Map.of()).orElseThrow();

        assertThat(connection.apiUrl()).isEqualTo("https://discord.com/api/v10/");
        assertThat(connection.gatewayUrl()).isEqualTo("wss://gateway.discord.gg/");
        assertThat(connection.toString()).doesNotContain("secret-token").contains("token=set");
    }

    @Test
    void the_url_variables_point_rest_and_gateway_elsewhere() {
        DiscordConnection connection = DiscordConnection.resolve(
                        TOKEN,
                        Map.of(
                                "DISCORD_API_URL",
                                "http://127.0.0.1:9000/api/v10",
                                "DISCORD_GATEWAY_URL",
                                "ws://127.0.0.1:9001"))
                .orElseThrow();

        assertThat(connection.apiUrl()).isEqualTo("http://127.0.0.1:9000/api/v10/");
        assertThat(connection.gatewayUrl()).isEqualTo("ws://127.0.0.1:9001");
    }

    @Test
    void a_url_of_the_wrong_kind_is_refused_naming_the_variable_and_the_value() {
        assertThatThrownBy(() -> DiscordConnection.resolve(TOKEN, Map.of("DISCORD_GATEWAY_URL", "https://gateway")))
                .isInstanceOf(SegbotException.class)
                .hasMessageContaining("DISCORD_GATEWAY_URL")
                .hasMessageContaining("'https://gateway'");
        assertThatThrownBy(() -> DiscordConnection.resolve(TOKEN, Map.of("DISCORD_API_URL", "discord.com")))
                .isInstanceOf(SegbotException.class)
                .hasMessageContaining("DISCORD_API_URL");
    }
}
