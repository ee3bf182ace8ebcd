package io.segbot.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a rendered report out as chat messages within a platform's limits: the text is split into
 * sections ({@link MessageSplitter}), sections are grouped into messages, and charts and CSV files
 * travel as uploads next to the text, never squeezed into it. Nothing is truncated.
 */
public final class ChatLayout {
    private ChatLayout() {}

    /** One chat message: its sections in order (one section for platforms without blocks). */
    public record Message(List<String> sections) {
        public Message {
            if (sections.isEmpty()) {
                throw new IllegalArgumentException("a message needs at least one section");
            }
            sections = List.copyOf(sections);
        }

        public int length() {
            return sections.stream().mapToInt(String::length).sum();
        }
    }

    public static List<Message> messages(String text, PlatformLimits limits) {
        List<Message> messages = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        int length = 0;
        for (String section : MessageSplitter.split(text, limits.sectionChars())) {
            if (sections.size() == limits.sectionsPerMessage() || length + section.length() > limits.messageChars()) {
                messages.add(new Message(sections));
                sections = new ArrayList<>();
                length = 0;
            }
            sections.add(section);
            length += section.length();
        }
        if (!sections.isEmpty()) {
            messages.add(new Message(sections));
        }
        return messages;
    }
}
