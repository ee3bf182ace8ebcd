package io.segbot;

/**
 * The one root of segbot's own failures (the way jdbi has {@code JdbiException}): the command line
 * and the bot report any of them as one short line, and never show a stack trace unless asked to
 * ({@code --verbose}). Specific failures (import, store, model, configuration, delivery) extend it.
 */
public class SegbotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SegbotException(String message) {
        super(message);
    }

    public SegbotException(String message, Throwable cause) {
        super(message, cause);
    }
}
