package io.segbot.bot;

import java.util.Objects;
import java.util.Optional;

/**
 * The Discord adapter's non-secret settings ({@code platforms.discord} in segbot.yaml); the token
 * comes from {@link Secrets}.
 *
 * @param guildId the server (guild) to register slash commands in at once (global commands take up
 *     to an hour to appear), if any
 * @param reportChannel the default channel id for reports, if any
 */
public record DiscordSettings(Optional<String> guildId, Optional<String> reportChannel) {
    public DiscordSettings {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(reportChannel, "reportChannel");
    }

    public static DiscordSettings defaults() {
        return new DiscordSettings(Optional.empty(), Optional.empty());
    }
}
