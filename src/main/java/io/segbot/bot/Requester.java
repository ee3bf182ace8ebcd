package io.segbot.bot;

import java.util.Objects;
import java.util.Set;

/**
 * Who sent a message, a command or a button click, as the platform names them.
 *
 * @param platform "slack", "discord" or "console"
 * @param userId the platform's user id (Slack {@code U…}, Discord snowflake, the console's OS user)
 * @param displayName for messages only ("@maria"); never used for permissions
 * @param groupIds Slack user-group ids or Discord role ids the user belongs to, as far as the
 *     adapter knows them (permissions may grant an ability to a group)
 */
public record Requester(String platform, String userId, String displayName, Set<String> groupIds) {
    public Requester {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        if (platform.isBlank() || userId.isBlank()) {
            throw new IllegalArgumentException("a requester needs a platform and a user id");
        }
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        groupIds = Set.copyOf(groupIds);
    }

    public static Requester of(String platform, String userId) {
        return new Requester(platform, userId, null, Set.of());
    }
}
