package io.segbot.chat;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets a model's phrasing through sentence by sentence, each only after the grounding check passed
 * it; after the first sentence that fails, nothing more passes (the complete answer is checked again
 * and replaced by the template if needed). Text after the last sentence end is never passed: it is
 * only shown in the complete answer.
 *
 * <p>Thread-safety: one generation at a time (tokens arrive on one thread).
 */
final class SentenceGate implements Consumer<String> {
    /** A sentence ends at . ! ? or a line break, followed by white space. */
    private static final Pattern END = Pattern.compile("[.!?:](?=\\s)|\\n");

    private final List<Fact> facts;
    private final Collection<String> names;
    private final Consumer<String> checked;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;

    SentenceGate(List<Fact> facts, Collection<String> names, Consumer<String> checked) {
        this.facts = facts;
        this.names = names;
        this.checked = checked;
    }

    @Override
    public void accept(String token) {
        if (closed) {
            return;
        }
        pending.append(token);
        Matcher end = END.matcher(pending);
        int cut = -1;
        while (end.find()) {
            cut = end.end();
        }
        if (cut < 0) {
            return;
        }
        String sentences = pending.substring(0, cut);
        pending.delete(0, cut);
        if (sentences.isBlank()) {
            checked.accept(sentences);
            return;
        }
        if (GroundingCheck.check(sentences, facts, names).grounded()) {
            checked.accept(sentences);
        } else {
            closed = true;
        }
    }

    /** True once a sentence failed the check. */
    boolean closed() {
        return closed;
    }
}
