package io.segbot.chat;

import io.segbot.llm.CancellationToken;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rephrases a templated answer in natural language, streaming tokens as they come. Implemented
 * over the local language model; {@link #NONE} when no model is loaded. The result is checked by
 * {@link GroundingCheck} before it is sent, so an implementation may be wrong but never trusted.
 *
 * <p>Thread-safety: implementations must be safe to call from several threads (the model
 * serialises inference itself). Blocking: blocks until the phrasing is complete or times out.
 */
public interface Phraser {
    /** Returns the phrased text, or empty when phrasing was not possible (no model, timeout, error). */
    Optional<String> phrase(String question, String draft, List<Fact> facts, Consumer<String> tokens);

    /**
     * As {@link #phrase(String, String, List, Consumer)}, stopping when {@code cancellation} is
     * cancelled (an answer's timeout, or the user cancelled): the result is then empty.
     */
    default Optional<String> phrase(
            String question, String draft, List<Fact> facts, Consumer<String> tokens, CancellationToken cancellation) {
        return cancellation.isCancelled() ? Optional.empty() : phrase(question, draft, facts, tokens);
    }

    /** The model's name for replies and logs. */
    String name();

    Phraser NONE = new Phraser() {
        @Override
        public Optional<String> phrase(String question, String draft, List<Fact> facts, Consumer<String> tokens) {
            return Optional.empty();
        }

        @Override
        public String name() {
            return "none";
        }
    };
}
