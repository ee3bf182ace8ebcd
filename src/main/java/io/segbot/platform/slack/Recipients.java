package io.segbot.platform.slack;

import io.segbot.bot.Address;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who last spoke in each conversation: Slack's streaming methods need the recipient's user and
 * team ids in channels, and the core's {@code stream(Address)} carries only the address. Bounded;
 * the oldest conversations are forgotten first.
 *
 * <p>Thread-safety: synchronized.
 */
final class Recipients {
    /** A user in a workspace. */
    record Recipient(String userId, String teamId) {}

    private static final int CAPACITY = 10_000;

    private final Map<String, Recipient> byConversation = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recipient> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void remember(Address conversation, String userId, String teamId) {
        byConversation.put(conversation.conversationKey(), new Recipient(userId, teamId));
    }

    synchronized Optional<Recipient> of(Address conversation) {
        return Optional.ofNullable(byConversation.get(conversation.conversationKey()));
    }
}
