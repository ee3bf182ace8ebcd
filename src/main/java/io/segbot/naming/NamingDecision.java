package io.segbot.naming;

import java.util.List;
import java.util.Objects;

/**
 * How one segment was named: every proposal with its validity, the judge's scores, the pick.
 *
 * @param segmentId the segment
 * @param rule its exact rule
 * @param chosenName the name, unique in the run and valid by {@link NameFormat}
 * @param method how it was chosen
 * @param reason why this method, in one sentence
 * @param proposals all proposals in juror order, valid or not
 * @param judgeScores the judge's scores ({@link JudgeScores#none()} when there was nothing to judge)
 */
public record NamingDecision(
        String segmentId,
        String rule,
        String chosenName,
        NamingMethod method,
        String reason,
        List<Proposal> proposals,
        JudgeScores judgeScores) {
    public NamingDecision {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(judgeScores, "judgeScores");
        proposals = List.copyOf(proposals);
        NameFormat.problem(chosenName).ifPresent(problem -> {
            throw new IllegalArgumentException("chosen name '" + chosenName + "' is invalid: " + problem);
        });
    }
}
