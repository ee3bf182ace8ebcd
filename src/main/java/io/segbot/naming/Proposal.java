package io.segbot.naming;

import java.util.Objects;

/**
 * One juror's proposal and whether it survived the deterministic checks.
 *
 * @param persona the juror's id
 * @param segmentName the proposed name, as proposed (empty when the juror produced none)
 * @param rule the rule the juror repeated (empty when none)
 * @param rationale the juror's one-line reason (empty in no-model mode or when none)
 * @param valid whether the proposal passed every check
 * @param reason why it was dropped; "ok" when valid
 */
public record Proposal(
        String persona, String segmentName, String rule, String rationale, boolean valid, String reason) {
    public Proposal {
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(segmentName, "segmentName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(reason, "reason");
        if (valid != reason.equals("ok")) {
            throw new IllegalArgumentException(
                    "a valid proposal has reason 'ok' and only it, got valid=" + valid + " reason='" + reason + "'");
        }
    }

    static Proposal failed(String persona, String reason) {
        return new Proposal(persona, "", "", "", false, reason);
    }
}
