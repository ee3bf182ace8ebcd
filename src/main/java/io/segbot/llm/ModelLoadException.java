package io.segbot.llm;

/** A model file could not be loaded: missing, not a GGUF, too large for memory, or rejected by llama.cpp. */
public class ModelLoadException extends LanguageModelException {
    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
