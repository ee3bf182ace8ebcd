package io.segbot.llm;

import java.util.Objects;

/**
 * One turn of a conversation.
 *
 * @param role who spoke
 * @param content what was said, never null (may be empty)
 */
public record ChatMessage(Role role, String content) {
    /** The speaker of a turn; the system prompt is held apart in {@link ChatPrompt}. */
    public enum Role {
        USER,
        ASSISTANT;

        /** The role name chat templates expect ("user", "assistant"). */
        public String templateName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static ChatMessage user(String content) {
        return new ChatMessage(Role.USER, content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage(Role.ASSISTANT, content);
    }
}
