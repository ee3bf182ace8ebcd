package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy gate of issue 6 on the hand-labelled evaluation set, plus the baselines that
 * justify the layered design. Prints every miss so a regression says which utterance broke.
 */
class IntentEvaluationTest {
    static final String EVAL_RESOURCE = "/bench/intent-eval.tsv";
    static final String HOLDOUT_RESOURCE = "/intent-holdout.tsv";
    static final SegmentCatalog EVAL_CATALOG = TrainingCatalog.CATALOG;

    private static IntentClassifier classifier;
    private static List<LabelledUtterance> eval;
    private static List<LabelledUtterance> holdout;

    @BeforeAll
    static void load() {
        classifier = IntentClassifier.fromClasspath();
        eval = LabelledUtterance.read(IntentEvaluationTest.class.getResourceAsStream(EVAL_RESOURCE), EVAL_RESOURCE);
        holdout = LabelledUtterance.read(
                IntentEvaluationTest.class.getResourceAsStream(HOLDOUT_RESOURCE), HOLDOUT_RESOURCE);
    }

    @Test
    void evaluation_set_has_at_least_170_utterances_and_8_per_intent() {
        Map<Intent, Long> perIntent = eval.stream()
                .collect(Collectors.groupingBy(
                        LabelledUtterance::intent, () -> new EnumMap<>(Intent.class), Collectors.counting()));
        assertThat(eval).hasSizeGreaterThanOrEqualTo(170);
        assertThat(perIntent).hasSize(Intent.values().length);
        assertThat(perIntent.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
    }

    @Test
    void evaluation_set_shares_no_normalised_utterance_with_the_training_file() {
        List<LabelledUtterance> training = LabelledUtterance.read(
                IntentClassifier.class.getResourceAsStream(IntentClassifier.TRAINING_RESOURCE), "training");
        Set<String> trainingTexts =
                training.stream().map(u -> normalised(u.text())).collect(Collectors.toSet());
        List<String> overlap = Stream.concat(eval.stream(), holdout.stream())
                .map(u -> u.text())
                .filter(text -> trainingTexts.contains(normalised(text)))
                .toList();
        assertThat(overlap).isEmpty();
    }

    @Test
    void rules_then_naive_bayes_reaches_95_percent_on_the_evaluation_set() {
        double accuracy = accuracy(eval, IntentClassifier.Mode.RULES_THEN_NAIVE_BAYES, true);
        report("evaluation", eval, accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void rules_then_naive_bayes_reaches_90_percent_on_the_later_holdout_set() {
        double accuracy = accuracy(holdout, IntentClassifier.Mode.RULES_THEN_NAIVE_BAYES, true);
        report("holdout", holdout, accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void every_rule_hit_on_both_sets_is_correct_which_is_what_rule_confidence_claims() {
        List<String> wrong = Stream.concat(eval.stream(), holdout.stream())
                .filter(u -> {
                    Understanding got = classifier.understand(u.text(), EVAL_CATALOG);
                    return got.method().startsWith("rule:") && got.intent() != u.intent();
                })
                .map(LabelledUtterance::text)
                .toList();
        assertThat(wrong).isEmpty();
    }

    private static void report(String name, List<LabelledUtterance> set, double accuracy) {
        System.out.printf(
                "%s set intent accuracy: rules only %.1f %%, naive Bayes only %.1f %%, rules then naive Bayes %.1f %% (n=%d)%n",
                name,
                100 * accuracy(set, IntentClassifier.Mode.RULES_ONLY, false),
                100 * accuracy(set, IntentClassifier.Mode.NAIVE_BAYES_ONLY, false),
                100 * accuracy,
                set.size());
    }

    private static double accuracy(List<LabelledUtterance> set, IntentClassifier.Mode mode, boolean printMisses) {
        int correct = 0;
        for (LabelledUtterance u : set) {
            Understanding got = classifier.understand(u.text(), EVAL_CATALOG, mode);
            if (got.intent() == u.intent()) {
                correct++;
            } else if (printMisses) {
                System.out.printf(
                        "MISS line %d: expected %s, got %s (%.2f, %s, best guess %s): %s%n",
                        u.line(), u.intent(), got.intent(), got.confidence(), got.method(), got.bestGuess(), u.text());
            }
        }
        return (double) correct / set.size();
    }

    private static String normalised(String text) {
        return String.join(" ", TextNormalizer.tokenize(text));
    }
}
