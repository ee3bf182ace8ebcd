package io.segbot.bot;

import java.util.Objects;
import java.util.Optional;

/**
 * The Slack adapter's non-secret settings ({@code platforms.slack} in segbot.yaml); tokens come
 * from {@link Secrets}.
 *
 * @param mode Socket Mode (needs {@code SLACK_APP_TOKEN}) or HTTP events (needs {@code
 *     SLACK_SIGNING_SECRET} and a public URL in front of {@code bindAddress:port})
 * @param bindAddress the address the HTTP mode listens on, default 127.0.0.1
 * @param port the HTTP mode's port, 1..65535, default 3000
 * @param reportChannel the default channel id for reports, if any
 */
public record SlackSettings(Mode mode, String bindAddress, int port, Optional<String> reportChannel) {
    /** How Slack reaches segbot. */
    public enum Mode {
        SOCKET,
        HTTP
    }

    public SlackSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(reportChannel, "reportChannel");
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("platforms.slack.bind_address must not be blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("platforms.slack.port must be within [1, 65535], got " + port);
        }
    }

    public static SlackSettings defaults() {
        return new SlackSettings(Mode.SOCKET, "127.0.0.1", 3000, Optional.empty());
    }
}
