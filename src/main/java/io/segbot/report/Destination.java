package io.segbot.report;

import java.util.Locale;
import java.util.Set;

/** Where a scheduled report goes: a platform ({@code slack}, {@code discord}, {@code console}) and a channel. */
public record Destination(String platform, String channel) {
    public static final Set<String> PLATFORMS = Set.of("slack", "discord", "console");

    public Destination {
        platform = platform == null ? "" : platform.trim().toLowerCase(Locale.ROOT);
        if (!PLATFORMS.contains(platform)) {
            throw new IllegalArgumentException(
                    "unknown platform '" + platform + "'; choose one of: console, discord, slack");
        }
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException(
                    "a " + platform + " destination needs a channel (a folder name for console)");
        }
        channel = channel.trim();
    }

    @Override
    public String toString() {
        return platform + ":" + channel;
    }
}
