package io.segbot.llm;

import io.segbot.SegbotException;

/**
 * Root of every failure the {@link LanguageModel} port reports. Unchecked: callers that can do
 * without a model (every feature has a template path) catch this one type; callers that can
 * react more precisely catch a subclass.
 */
public class LanguageModelException extends SegbotException {
    private static final long serialVersionUID = 1L;

    public LanguageModelException(String message) {
        super(message);
    }

    public LanguageModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
