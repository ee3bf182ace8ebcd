package io.segbot.app;

import io.segbot.bot.PlatformAdapter;
import io.segbot.bot.Secrets;
import io.segbot.bot.SlackSettings;
import io.segbot.platform.discord.DiscordAdapter;
import io.segbot.platform.slack.SlackAdapter;
import java.util.List;

/**
 * The chat platforms {@code serve} can start, wired by hand: each adapter gets its settings from
 * the configuration and its credentials from {@link Secrets}. An adapter that is not {@link
 * PlatformAdapter#configured()} (no credentials in the environment) is left alone.
 */
final class PlatformWiring {
    static final String README_SECTION = "README.md, section \"Running the bot: segbot serve\"";

    private PlatformWiring() {}

    /** Every platform adapter this build has. */
    static List<PlatformAdapter> adapters(SegbotConfig config) {
        return List.of(
                new SlackAdapter(config.slack(), config.secrets(), System.getenv(), null),
                new DiscordAdapter(config.discord(), config.secrets(), System.getenv()));
    }

    /** What to set for each platform, for the message when none is configured. */
    static List<String> howToConfigure(SegbotConfig config) {
        String slack = config.slack().mode() == SlackSettings.Mode.SOCKET
                ? "Slack (Socket Mode): " + Secrets.SLACK_BOT_TOKEN + " and " + Secrets.SLACK_APP_TOKEN
                : "Slack (HTTP events on " + config.slack().bindAddress() + ":"
                        + config.slack().port() + "): " + Secrets.SLACK_BOT_TOKEN + " and "
                        + Secrets.SLACK_SIGNING_SECRET;
        return List.of(slack, "Discord: " + Secrets.DISCORD_TOKEN);
    }

    /** The message when {@code serve} has nothing to serve: which variables to set, where to read more. */
    static String nothingToServe(SegbotConfig config, List<PlatformAdapter> adapters) {
        StringBuilder text = new StringBuilder("segbot serve: no chat platform is configured, so there is nothing to"
                + " serve. Set the environment variables of at least one platform:\n");
        for (String line : howToConfigure(config)) {
            text.append("  ").append(line).append('\n');
        }
        List<String> present = adapters.stream().map(PlatformAdapter::platform).toList();
        for (String platform : List.of("slack", "discord")) {
            if (!present.contains(platform)) {
                text.append("  (this build has no ").append(platform).append(" adapter yet)\n");
            }
        }
        return text.append("or add --console to chat in this terminal. See ")
                .append(README_SECTION)
                .append('.')
                .toString();
    }
}
