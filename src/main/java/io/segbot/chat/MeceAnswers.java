package io.segbot.chat;

import io.segbot.mecerun.MeceRunRecords;
import io.segbot.mecerun.MeceRunRepository;
import java.util.List;
import java.util.Optional;

/**
 * Answers about the latest cart-abandonment (MECE) run: its proof, its universe and the segments
 * ranked by overall score. Lift is labelled with how it was obtained ("measured" from a control
 * group, or "estimated"), never shown bare.
 */
final class MeceAnswers {
    private static final int DEFAULT_TOP = 3;

    private MeceAnswers() {}

    static Draft answer(MeceRunRepository repository, Integer topN, String askedSegment, String fallbackSource) {
        Optional<MeceRunRecords.Run> latest = repository.latest();
        if (latest.isEmpty()) {
            return new Draft(fallbackSource)
                    .say("No cart-abandonment (MECE) run is stored yet: import abandoners with")
                    .say(" segbot import cart-abandoners FILE, then run segbot mece run.");
        }
        MeceRunRecords.Run run = latest.get();
        String source = "MECE run " + run.id() + " · " + run.source() + " · as of " + run.asOf();
        List<MeceRunRecords.Segment> segments = repository.segments(run.id());
        Draft d = new Draft(source);
        boolean passed = run.proofJson() != null && run.proofJson().contains("\"passed\":true");
        d.say("Cart abandoners in the window ")
                .date("window start", run.windowStart())
                .say(" to ")
                .date("as of", run.asOf())
                .say(": ")
                .count("universe", run.universe())
                .say(" users in ")
                .count("MECE segments", segments.size())
                .say(" segments. MECE proof: ")
                .say(
                        passed
                                ? "passed (every user in exactly one segment, rules disjoint and covering)."
                                : "FAILED; see segbot mece run for the reasons.")
                .line();
        Optional<MeceRunRecords.Segment> asked = askedSegment == null
                ? Optional.empty()
                : segments.stream()
                        .filter(s -> s.segment().equalsIgnoreCase(askedSegment))
                        .findFirst();
        if (asked.isPresent()) {
            return segment(d, asked.get(), run.universe());
        }
        int top = Math.min(topN == null ? DEFAULT_TOP : topN, segments.size());
        d.say("Top ").count("top N", top).say(" by overall score:").line();
        for (MeceRunRecords.Segment s : segments.subList(0, top)) {
            segment(d, s, run.universe());
        }
        return d;
    }

    private static Draft segment(Draft d, MeceRunRecords.Segment s, int universe) {
        d.say("• ")
                .quote("MECE segment", s.segment())
                .say(" (")
                .quote("rule", s.rule())
                .say("): ")
                .count(s.segment() + " size", s.size())
                .say(" users");
        if (s.sizeShare() != null) {
            d.say(", ").share(s.segment() + " share", s.sizeShare());
        }
        d.say(", overall score ").decimal(s.segment() + " overall score", s.overallScore(), 3);
        if (s.conversionPotential() != null) {
            d.say(", conversion potential ").decimal(s.segment() + " conversion potential", s.conversionPotential(), 3);
        }
        if (s.liftVsControl() != null) {
            d.say(", lift ")
                    .decimal(s.segment() + " lift", s.liftVsControl(), 2)
                    .say(" (")
                    .say(liftWords(s.liftMethod()))
                    .say(")");
        }
        return d.say(".").line();
    }

    private static String liftWords(String method) {
        return method == null
                ? "method unknown"
                : method.startsWith("measured") ? "measured against the control group" : "estimated, not measured";
    }
}
