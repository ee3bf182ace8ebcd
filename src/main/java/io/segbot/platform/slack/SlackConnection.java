package io.segbot.platform.slack;

import io.segbot.SegbotException;
import io.segbot.bot.Secrets;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How segbot connects to Slack: tokens from the environment ({@link Secrets}, never from files),
 * the bind address and port from the configuration.
 * Socket Mode when {@code SLACK_BOT_TOKEN} and {@code SLACK_APP_TOKEN} are set; HTTP Events mode
 * when {@code SLACK_SIGNING_SECRET} is set and {@code SLACK_APP_TOKEN} is not.
 *
 * @param apiUrl the Web API base ({@code SLACK_API_URL}, default Slack's own), ending in a slash
 * @param bindAddress where HTTP mode listens (default 127.0.0.1: put a TLS proxy in front)
 * @param httpPort HTTP mode's port, 0 for any free port
 */
public record SlackConnection(
        String botToken, String appToken, String signingSecret, String apiUrl, String bindAddress, int httpPort) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final int DEFAULT_PORT = 3000;

    /** Socket Mode (outbound websocket, no public URL needed) or HTTP Events (Slack calls us). */
    public enum Mode {
        SOCKET,
        HTTP
    }

    public SlackConnection {
        require(botToken != null && botToken.startsWith("xoxb-"), "SLACK_BOT_TOKEN must be a bot token (xoxb-…)");
        require(
                appToken == null || appToken.startsWith("xapp-"),
                "SLACK_APP_TOKEN must be an app-level token (xapp-…)");
        require(
                appToken != null || (signingSecret != null && !signingSecret.isBlank()),
                "set SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET for HTTP mode");
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        require(
                apiUrl.startsWith("http://") || apiUrl.startsWith("https://"),
                "SLACK_API_URL must be an http(s) URL, got " + apiUrl);
        URI.create(apiUrl);
        bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
        require(httpPort >= 0 && httpPort <= 65_535, "the HTTP port must be 0..65535, got " + httpPort);
    }

    /**
     * The connection when Slack is configured: {@code SLACK_BOT_TOKEN} and either
     * {@code SLACK_APP_TOKEN} (Socket Mode) or {@code SLACK_SIGNING_SECRET} (HTTP mode, chosen when
     * there is no app token or the configuration asks for HTTP); empty otherwise.
     *
     * @throws SlackSetupException naming the variable when one is set but unusable
     */
    public static Optional<SlackConnection> resolve(
            io.segbot.bot.SlackSettings settings, Secrets secrets, Map<String, String> env) {
        Optional<String> bot = secrets.get(Secrets.SLACK_BOT_TOKEN);
        Optional<String> app = secrets.get(Secrets.SLACK_APP_TOKEN);
        Optional<String> signing = secrets.get(Secrets.SLACK_SIGNING_SECRET);
        if (bot.isEmpty() || (app.isEmpty() && signing.isEmpty())) {
            return Optional.empty();
        }
        boolean http =
                signing.isPresent() && (app.isEmpty() || settings.mode() == io.segbot.bot.SlackSettings.Mode.HTTP);
        return Optional.of(new SlackConnection(
                bot.get(),
                http ? null : app.get(),
                signing.orElse(null),
                env.get("SLACK_API_URL"),
                settings.bindAddress(),
                settings.port()));
    }

    public Mode mode() {
        return appToken != null ? Mode.SOCKET : Mode.HTTP;
    }

    /** Never prints a token or the secret. */
    @Override
    public String toString() {
        return "Slack " + mode() + " mode, Web API " + apiUrl
                + (mode() == Mode.HTTP ? ", listening on " + bindAddress + ":" + httpPort + "/slack/events" : "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new SlackSetupException(message);
        }
    }

    /** Slack is configured but cannot be used as configured. */
    public static final class SlackSetupException extends SegbotException {
        private static final long serialVersionUID = 1L;

        SlackSetupException(String message) {
            super(message);
        }
    }
}
