package io.segbot.chat.intent;

import java.util.Objects;

/**
 * The classifier's reading of one message.
 *
 * @param intent the intent to act on; OUT_OF_SCOPE when the message is unclear
 * @param confidence probability-like score in [0, 1] for {@code intent}: the temperature-calibrated
 *     naive Bayes posterior, at least {@code IntentClassifier.RULE_CONFIDENCE} (0.9) when a rule
 *     fired; for method "unclear" the (low) probability of {@code bestGuess}, for "empty" 0
 * @param bestGuess the most likely in-scope reading even when {@code intent} is OUT_OF_SCOPE
 *     because confidence was too low; lets a reply say "did you mean ...?"
 * @param entities segments, metrics, ids found in the message
 * @param method how the intent was decided: "rule:NAME", "naive-bayes" or "unclear"
 */
public record Understanding(Intent intent, double confidence, Intent bestGuess, Entities entities, String method) {
    public Understanding {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(bestGuess, "bestGuess");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(method, "method");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
