package io.segbot.naming;

import java.util.List;

/** Scores valid proposals on the criteria and picks one. Not required to be thread-safe. */
interface Judge {
    /**
     * @param valid at least one proposal, all valid
     * @return scores for every proposal in {@code valid} and a pick among their personas
     * @throws NamingStepException when the judge cannot give a usable verdict
     */
    JudgeScores judge(SegmentToName segment, List<Proposal> valid, long seed);
}
