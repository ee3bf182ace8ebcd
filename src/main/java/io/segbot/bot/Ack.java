package io.segbot.bot;

import io.segbot.bot.message.OutgoingMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * What the core tells an adapter at once, so it can acknowledge the platform within its deadline
 * (Slack 3 s, Discord 3 s). Everything after that goes through the {@link Outbox}.
 *
 * @param status what happened to the request
 * @param immediate a reply to show only to the requester now (Slack ephemeral / Discord
 *     ephemeral): a usage line, a polite refusal, "job 12 queued"; empty when there is nothing to
 *     say at once
 */
public record Ack(Status status, Optional<OutgoingMessage> immediate) {
    /** What the core did with a request. */
    public enum Status {
        /** Taken; answers follow through the outbox. */
        ACCEPTED,
        /** Seen before (a platform retry, or another process took it): nothing more follows. */
        DUPLICATE,
        /** Refused (permission, rate limit, malformed command); {@code immediate} says why. */
        REFUSED,
        /** Too much work queued right now; {@code immediate} says so. */
        BUSY
    }

    public Ack {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(immediate, "immediate");
    }

    public static Ack accepted() {
        return new Ack(Status.ACCEPTED, Optional.empty());
    }

    public static Ack accepted(OutgoingMessage now) {
        return new Ack(Status.ACCEPTED, Optional.of(now));
    }

    public static Ack duplicate() {
        return new Ack(Status.DUPLICATE, Optional.empty());
    }

    public static Ack refused(OutgoingMessage why) {
        return new Ack(Status.REFUSED, Optional.of(why));
    }

    public static Ack busy(OutgoingMessage why) {
        return new Ack(Status.BUSY, Optional.of(why));
    }
}
