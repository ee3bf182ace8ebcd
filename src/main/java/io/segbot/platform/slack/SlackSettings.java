package io.segbot.platform.slack;

import io.segbot.SegbotException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * How segbot connects to Slack, read once from the environment (tokens never come from files).
 * Socket Mode when {@code SLACK_BOT_TOKEN} and {@code SLACK_APP_TOKEN} are set; HTTP Events mode
 * when {@code SLACK_SIGNING_SECRET} is set and {@code SLACK_APP_TOKEN} is not.
 *
 * @param apiUrl the Web API base ({@code SLACK_API_URL}, default Slack's own), ending in a slash
 * @param bindAddress where HTTP mode listens (default 127.0.0.1: put a TLS proxy in front)
 * @param httpPort HTTP mode's port, 0 for any free port
 */
public record SlackSettings(
        String botToken, String appToken, String signingSecret, String apiUrl, String bindAddress, int httpPort) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final int DEFAULT_PORT = 3000;

    /** Socket Mode (outbound websocket, no public URL needed) or HTTP Events (Slack calls us). */
    public enum Mode {
        SOCKET,
        HTTP
    }

    public SlackSettings {
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
     * The settings when Slack is configured ({@code SLACK_BOT_TOKEN} set), empty otherwise.
     *
     * @throws SlackSetupException naming the variable when one is set but unusable
     */
    public static Optional<SlackSettings> fromEnvironment(Map<String, String> env, String bindAddress, int httpPort) {
        String bot = blankToNull(env.get("SLACK_BOT_TOKEN"));
        if (bot == null) {
            return Optional.empty();
        }
        return Optional.of(new SlackSettings(
                bot,
                blankToNull(env.get("SLACK_APP_TOKEN")),
                blankToNull(env.get("SLACK_SIGNING_SECRET")),
                env.get("SLACK_API_URL"),
                bindAddress,
                httpPort));
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
