package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;

/**
 * How the core sends to one platform; each adapter (Slack, Discord, console) implements it and does
 * nothing but render and deliver. The core decides what goes where: it routes every customer-level
 * message to {@link #postPrivately}, limits progress updates to one a second, and never passes
 * model text that has not passed the grounding check.
 *
 * <p>Thread-safety: implementations are called from several core threads at once. Blocking: every
 * method may block on network I/O until the platform answered (adapters honour rate limits and
 * retry after {@code Retry-After} themselves). Nullness: no argument or result is null. Failures
 * throw {@link DeliveryException}.
 */
public interface Outbox {
    /** "slack", "discord" or "console". */
    String platform();

    /** Posts a message (in {@code to}'s thread when it has one). */
    Posted post(Address to, OutgoingMessage message);

    /** Replaces a message posted earlier, e.g. a job's progress line by its result. */
    void update(Posted posted, OutgoingMessage message);

    /**
     * Replaces a job's progress message by its result. The default is {@link #update}; a platform
     * that can no longer edit the progress message (Discord after an interaction's 15 minutes) posts
     * the result anew, so the requester is notified.
     */
    default void finish(Posted progress, OutgoingMessage result) {
        update(progress, result);
    }

    /** Sends to one user privately (a DM), e.g. customer-level exports. */
    Posted postPrivately(String userId, OutgoingMessage message);

    /**
     * Shows a transient status while an answer is being prepared ("looking at 48,210 customers…"),
     * e.g. Slack's assistant thread status or Discord's typing indicator. Best effort: the default
     * does nothing and failures are ignored by callers.
     */
    default void status(Address to, String text) {}

    /**
     * Opens a stream for an answer that is shown as it is produced. The core appends only text
     * that has passed the grounding check. The default collects the text and posts it when the
     * answer finishes; Slack overrides it with {@code chat.startStream/appendStream/stopStream}.
     */
    default AnswerStream stream(Address to) {
        return new AnswerStream.Buffered(this, to);
    }
}
