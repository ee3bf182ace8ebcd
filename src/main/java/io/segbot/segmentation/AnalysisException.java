package io.segbot.segmentation;

import io.segbot.SegbotException;

/** An analysis could not run; the message says why and what to do. */
public class AnalysisException extends SegbotException {
    public AnalysisException(String message) {
        super(message);
    }
}
