package io.segbot.naming;

import java.util.Optional;

/** The deterministic checks every proposal, and the judge's pick again, must pass. */
final class ProposalChecks {
    private ProposalChecks() {}

    /** The raw proposal as a {@link Proposal}, valid or with the first failed check as reason. */
    static Proposal check(SegmentToName segment, String persona, Juror.RawProposal raw, NameRegistry registry) {
        String name = raw.segmentName() == null ? "" : raw.segmentName();
        String rule = raw.rule() == null ? "" : raw.rule();
        String rationale = raw.rationale() == null ? "" : raw.rationale();
        String reason = problem(segment, name, rule, registry).orElse("ok");
        return new Proposal(persona, name, rule, rationale, reason.equals("ok"), reason);
    }

    /** Why {@code name}/{@code rule} cannot name {@code segment} now, or empty if they can. */
    static Optional<String> problem(SegmentToName segment, String name, String rule, NameRegistry registry) {
        if (!rule.equals(segment.rule())) {
            return Optional.of("rule '" + shorten(rule) + "' is not the segment's rule '" + segment.rule() + "'");
        }
        Optional<String> format = NameFormat.problem(name);
        if (format.isPresent()) {
            return format;
        }
        return registry.takenBy(name).map(other -> "the name is already chosen for segment " + other);
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
