package io.segbot.analysis;

/** An analysis could not run; the message says why and what to do. */
public class AnalysisException extends RuntimeException {
    public AnalysisException(String message) {
        super(message);
    }
}
