package io.segbot.naming;

import java.util.List;

/** Proposes one name for one segment in one persona's voice. Not required to be thread-safe. */
interface Juror {
    /** What a juror said, before any check. */
    record RawProposal(String segmentName, String rule, String rationale) {}

    /**
     * @param taken names already chosen in this run (the juror should avoid them)
     * @param seed the sampling seed for this call
     * @throws NamingStepException when no proposal could be obtained (the reason is recorded)
     */
    RawProposal propose(SegmentToName segment, Persona persona, List<String> taken, long seed);
}
