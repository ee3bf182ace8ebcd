package io.segbot.naming;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The jury's work over one set of segments.
 *
 * @param model the model's label ("none" in no-model mode)
 * @param seed the seed the jurors' and judge's sampling derived from
 * @param decisions one per segment, in input order; chosen names are unique
 * @param elapsed wall time of the run
 */
public record NamingRun(String model, long seed, List<NamingDecision> decisions, Duration elapsed) {
    public NamingRun {
        Objects.requireNonNull(model, "model");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(elapsed, "elapsed");
        long distinct = decisions.stream()
                .map(decision -> NameFormat.key(decision.chosenName()))
                .distinct()
                .count();
        if (distinct != decisions.size()) {
            throw new IllegalArgumentException("chosen names must be unique in a run, got "
                    + decisions.stream().map(NamingDecision::chosenName).toList());
        }
    }
}
