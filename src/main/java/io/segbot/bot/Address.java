package io.segbot.bot;

import java.util.Objects;

/**
 * Where a message goes on one platform.
 *
 * @param platform "slack", "discord" or "console"
 * @param channelId the channel (a Slack {@code C…}/{@code D…} id, a Discord channel snowflake, a
 *     folder name for the console)
 * @param threadId the thread to answer in (Slack {@code thread_ts}, a Discord thread or message id
 *     to reply to), or null for the channel itself
 */
public record Address(String platform, String channelId, String threadId) {
    public Address {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channelId, "channelId");
        if (platform.isBlank() || channelId.isBlank()) {
            throw new IllegalArgumentException("an address needs a platform and a channel");
        }
        threadId = threadId == null || threadId.isBlank() ? null : threadId;
    }

    /** The key conversation memory is kept under: one per thread, or per channel/DM without one. */
    public String conversationKey() {
        return platform + ":" + channelId + (threadId == null ? "" : ":" + threadId);
    }

    public Address inThread(String thread) {
        return new Address(platform, channelId, thread);
    }
}
