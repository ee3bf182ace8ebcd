package io.segbot.llm;

/** A generation did not finish (queue wait included) within its timeout; the model stopped working on it. */
public class GenerationTimeoutException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    public GenerationTimeoutException(String message) {
        super(message);
    }

    public GenerationTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
