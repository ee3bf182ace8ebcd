package io.segbot.llm;

import java.util.List;
import java.util.Objects;

/**
 * A chat-style prompt: an optional system instruction and at least one message, the last of
 * which is the user's. The model's chat template turns it into the text llama.cpp sees.
 *
 * @param system the system instruction, empty for none (never null)
 * @param messages the conversation so far, oldest first, ending with a user message
 */
public record ChatPrompt(String system, List<ChatMessage> messages) {
    public ChatPrompt {
        Objects.requireNonNull(system, "system");
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat prompt needs at least one message, got none");
        }
        ChatMessage last = messages.get(messages.size() - 1);
        if (last.role() != ChatMessage.Role.USER) {
            throw new IllegalArgumentException(
                    "the last message of a chat prompt must be the user's, got " + last.role());
        }
    }

    /** A system instruction and one user message. */
    public static ChatPrompt of(String system, String user) {
        return new ChatPrompt(system, List.of(ChatMessage.user(user)));
    }
}
