package io.segbot.mece;

import io.segbot.SegbotException;

/** A MECE configuration that cannot be used; the message names the key, the bad value and the fix. */
public final class MeceConfigException extends SegbotException {
    public MeceConfigException(String message) {
        super(message);
    }

    public MeceConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
