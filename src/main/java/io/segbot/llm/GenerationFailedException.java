package io.segbot.llm;

/** llama.cpp reported an error while generating, or the token listener threw. */
public class GenerationFailedException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    public GenerationFailedException(String message) {
        super(message);
    }

    public GenerationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
