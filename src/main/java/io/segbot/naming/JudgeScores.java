package io.segbot.naming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The judge's scores of the valid proposals.
 *
 * @param judge "model" (the language model judged) or "rubric" (computed by rules); "none" when
 *     no proposal was valid
 * @param scores persona to criterion id to score 0..10
 * @param weighted persona to Σ weight × score, 0..10
 * @param pick the persona whose proposal the judge picked, empty for none
 * @param reason the judge's one-line reason
 */
public record JudgeScores(
        String judge,
        Map<String, Map<String, Integer>> scores,
        Map<String, Double> weighted,
        String pick,
        String reason) {
    public JudgeScores {
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(pick, "pick");
        Objects.requireNonNull(reason, "reason");
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        scores.forEach((persona, byCriterion) -> copy.put(persona, Map.copyOf(byCriterion)));
        scores = java.util.Collections.unmodifiableMap(copy);
        weighted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weighted));
        scores.values()
                .forEach(byCriterion -> byCriterion.forEach((criterion, score) -> {
                    if (score < 0 || score > 10) {
                        throw new IllegalArgumentException(
                                "score " + criterion + " must be within [0, 10], got " + score);
                    }
                }));
    }

    static JudgeScores none() {
        return new JudgeScores("none", Map.of(), Map.of(), "", "");
    }

    /** Scores with their weighted totals under {@code spec}. */
    static JudgeScores of(
            String judge, Map<String, Map<String, Integer>> scores, JudgeSpec spec, String pick, String reason) {
        Map<String, Double> weighted = new LinkedHashMap<>();
        scores.forEach((persona, byCriterion) -> weighted.put(persona, spec.weighted(byCriterion)));
        return new JudgeScores(judge, scores, weighted, pick, reason);
    }
}
