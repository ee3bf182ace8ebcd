package io.segbot.llm;

/** The request queue is full: the model is answering other requests and no slot is free. */
public class ModelBusyException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    public ModelBusyException(String message) {
        super(message);
    }

    public ModelBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
