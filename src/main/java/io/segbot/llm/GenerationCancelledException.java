package io.segbot.llm;

/** A generation was cancelled through its {@link CancellationToken} or an interrupt. */
public class GenerationCancelledException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    public GenerationCancelledException(String message) {
        super(message);
    }

    public GenerationCancelledException(String message, Throwable cause) {
        super(message, cause);
    }
}
