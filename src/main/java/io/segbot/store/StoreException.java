package io.segbot.store;

/** A database operation failed; the message says which and why. Unchecked, like jdbi's. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
