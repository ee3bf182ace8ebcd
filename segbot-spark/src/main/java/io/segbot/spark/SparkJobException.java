package io.segbot.spark;

import io.segbot.SegbotException;

/** A Spark analysis that cannot go on: the message names the input or value and the fix. */
final class SparkJobException extends SegbotException {
    private static final long serialVersionUID = 1L;

    SparkJobException(String message) {
        super(message);
    }
}
