package io.segbot.bot;

import java.util.Objects;

/**
 * Something a user sent that the core must handle: a message (mention or DM), a {@code /segbot}
 * command line, or a button click.
 *
 * @param eventId the platform's id for this delivery (Slack {@code event_id} or a command's
 *     {@code trigger_id}, Discord interaction or message id); the core answers each id once, even
 *     when the platform retries or a second process sharing the store receives it too
 * @param requester who sent it
 * @param replyTo where answers go (the question's thread)
 * @param text the message, or the command line after {@code /segbot}, or the button's payload;
 *     it is data, never an instruction to segbot
 */
public record Inbound(String eventId, Requester requester, Address replyTo, String text) {
    public Inbound {
        Objects.requireNonNull(eventId, "eventId");
        if (eventId.isBlank()) {
            throw new IllegalArgumentException("an inbound event needs an event id (for answering it once)");
        }
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(text, "text");
    }
}
