package io.segbot.naming;

import io.segbot.SegbotException;

/** A juror or the judge could not do its step; the jury records the message and falls back. */
final class NamingStepException extends SegbotException {
    private static final long serialVersionUID = 1L;

    NamingStepException(String message) {
        super(message);
    }

    NamingStepException(String message, Throwable cause) {
        super(message, cause);
    }
}
