package io.segbot.bot.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything segbot sends (answers, job progress and results, reports) as one platform-neutral
 * message. Each adapter renders it to its platform; none adds or drops content.
 *
 * @param parts in display order
 */
public record OutgoingMessage(List<Part> parts) {
    public OutgoingMessage {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a message needs at least one part");
        }
    }

    public static OutgoingMessage text(String markdown) {
        return new OutgoingMessage(List.of(new Part.Markdown(markdown)));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when a file lists individual customers: such a message goes to the requester only. */
    public boolean customerLevel() {
        return parts.stream().anyMatch(part -> part instanceof Part.Attachment file && file.customerLevel());
    }

    public <T extends Part> List<T> partsOf(Class<T> kind) {
        return parts.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public Optional<Part.SourceLine> source() {
        return partsOf(Part.SourceLine.class).stream().findFirst();
    }

    /** Collects parts in order. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        public Builder heading(String text) {
            return add(new Part.Heading(text));
        }

        public Builder markdown(String text) {
            return add(new Part.Markdown(text));
        }

        public Builder source(String text) {
            return add(new Part.SourceLine(text));
        }

        public Builder add(Part part) {
            parts.add(part);
            return this;
        }

        public OutgoingMessage build() {
            return new OutgoingMessage(parts);
        }
    }
}
