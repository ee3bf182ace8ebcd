package io.segbot.store;

import io.segbot.SegbotException;

/** A database operation failed; the message says which and why. Unchecked, like jdbi's. */
public class StoreException extends SegbotException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
