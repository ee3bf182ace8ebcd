package io.segbot.llm;

/** No model can answer: none is configured (no-model mode) or the model was closed. */
public class ModelUnavailableException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    public ModelUnavailableException(String message) {
        super(message);
    }

    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
