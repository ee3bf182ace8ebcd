package io.segbot.platform.discord;

import io.segbot.SegbotException;
import io.segbot.bot.Secrets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach Discord: the bot token (from the environment only) and the REST and
 * gateway URLs, Discord's own unless {@code DISCORD_API_URL} / {@code DISCORD_GATEWAY_URL} point at
 * a stand-in (the loopback fake, a staging proxy). {@link #toString} never shows the token.
 */
record DiscordConnection(String token, String apiUrl, String gatewayUrl) {
    static final String API_URL_VARIABLE = "DISCORD_API_URL";
    static final String GATEWAY_URL_VARIABLE = "DISCORD_GATEWAY_URL";
    static final String DISCORD_API = "https://discord.com/api/v10/";
    static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";

    DiscordConnection {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("a Discord connection needs a bot token");
        }
        if (!apiUrl.matches("https?://\\S+")) {
            throw new SegbotException(
                    API_URL_VARIABLE + " must be an http(s) URL such as " + DISCORD_API + ", got '" + apiUrl + "'");
        }
        if (!gatewayUrl.matches("wss?://\\S+")) {
            throw new SegbotException(GATEWAY_URL_VARIABLE + " must be a ws(s) URL such as " + DISCORD_GATEWAY
                    + ", got '" + gatewayUrl + "'");
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** Empty when {@code DISCORD_TOKEN} is not set. */
    static Optional<DiscordConnection> resolve(Secrets secrets, Map<String, String> env) {
        return secrets.get(Secrets.DISCORD_TOKEN)
                .map(token -> new DiscordConnection(
                        token,
                        nonBlank(env.get(API_URL_VARIABLE)).orElse(DISCORD_API),
                        nonBlank(env.get(GATEWAY_URL_VARIABLE)).orElse(DISCORD_GATEWAY)));
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "DiscordConnection[api=" + apiUrl + ", gateway=" + gatewayUrl + ", token=set]";
    }
}
