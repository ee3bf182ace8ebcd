package io.segbot.bot;

import io.segbot.SegbotException;

/**
 * A platform did not take a message. The message is fit to show whoever asked for the delivery
 * (it never holds a token or raw API text beyond the platform's error code).
 */
public class DeliveryException extends SegbotException {
    private static final long serialVersionUID = 1L;

    /** Why, as far as the core needs to act on it. */
    public enum Reason {
        /** The bot is not in the channel (private channels need an invite): tell the requester how. */
        NOT_IN_CHANNEL,
        /** The channel does not exist (any more). */
        NO_SUCH_CHANNEL,
        /** The bot lacks a platform permission there. */
        MISSING_PERMISSION,
        /** The platform kept refusing because of rate limits after the adapter's own retries. */
        RATE_LIMITED,
        /** Anything else; retry later. */
        OTHER
    }

    private final Reason reason;

    public DeliveryException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DeliveryException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
