package io.segbot.naming;

import java.util.List;

/**
 * One of the judge's scoring criteria (the prototype's five, weights summing to 1).
 *
 * @param id one of {@link #IDS}
 * @param label shown in tables
 * @param weight share of the total score, 0..1
 * @param description what the judge is told it means
 */
public record Criterion(String id, String label, double weight, String description) {
    public static final String MECE = "mece_compliance";
    public static final String CLARITY = "marketing_clarity";
    public static final String STRUCTURE = "tier_attribute_structure";
    public static final String PRECISION = "rule_precision";
    public static final String MEMORABILITY = "memorability";
    /** The criteria the rule-computed rubric knows how to score. */
    public static final List<String> IDS = List.of(MECE, CLARITY, STRUCTURE, PRECISION, MEMORABILITY);

    public Criterion {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("criterion id must be one of " + IDS + ", got '" + id + "'");
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("criterion " + id + ": weight must be within [0, 1], got " + weight);
        }
        if (label == null || label.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("criterion " + id + " needs a label and a description");
        }
    }
}
