package io.segbot.app;

import io.segbot.SegbotException;

/**
 * The configuration cannot be used: the message names the file, the key, the value and what is
 * allowed, and never holds a secret.
 */
final class ConfigException extends SegbotException {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
        super(message);
    }

    ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
