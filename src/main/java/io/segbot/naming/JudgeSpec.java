package io.segbot.naming;

import java.util.List;
import java.util.Objects;

/**
 * The judge ("Chief Segmentation Officer"): its instruction, temperature and weighted criteria.
 */
public record JudgeSpec(String name, double temperature, String instructions, List<Criterion> criteria) {
    public JudgeSpec {
        if (name == null || name.isBlank() || instructions == null || instructions.isBlank()) {
            throw new IllegalArgumentException("the judge needs a name and instructions");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("judge temperature must be within [0, 2], got " + temperature);
        }
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        List<String> ids = criteria.stream().map(Criterion::id).sorted().toList();
        if (!ids.equals(Criterion.IDS.stream().sorted().toList())) {
            throw new IllegalArgumentException(
                    "the judge needs each of the criteria " + Criterion.IDS + " once, got " + ids);
        }
        double total = criteria.stream().mapToDouble(Criterion::weight).sum();
        if (Math.abs(total - 1) > 1e-6) {
            throw new IllegalArgumentException("judge criteria weights must sum to 1, got " + total);
        }
    }

    /** Σ weight × score over the criteria: 0..10 when scores are 0..10. */
    public double weighted(java.util.Map<String, Integer> scores) {
        return criteria.stream()
                .mapToDouble(criterion -> criterion.weight() * scores.getOrDefault(criterion.id(), 0))
                .sum();
    }
}
