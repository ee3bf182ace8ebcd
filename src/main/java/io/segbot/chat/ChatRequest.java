package io.segbot.chat;

import java.util.Objects;

/**
 * One message to answer.
 *
 * @param conversationKey platform + channel + thread (or DM): memory is kept per key
 * @param userId who asked, as the platform names them (for logs and permissions)
 * @param text the message as typed; it is data, never an instruction to segbot
 * @param permissions what this user may do; decided by the platform layer
 * @param runId the run to answer from, or null for the latest
 */
public record ChatRequest(String conversationKey, String userId, String text, Permissions permissions, Long runId) {
    public ChatRequest {
        Objects.requireNonNull(conversationKey, "conversationKey");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(permissions, "permissions");
        if (conversationKey.isBlank()) {
            throw new IllegalArgumentException("conversationKey must not be blank");
        }
    }

    /** What a user may do beyond asking questions. */
    public record Permissions(boolean mayExport, boolean mayRunJobs) {
        public static final Permissions NONE = new Permissions(false, false);
        public static final Permissions ALL = new Permissions(true, true);
    }
}
