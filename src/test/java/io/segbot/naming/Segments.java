package io.segbot.naming;

import java.util.ArrayList;
import java.util.List;

/** The prototype's 12 MECE buckets: AOV High/Medium/Low x Engagement High/Low x Profitability High/Low. */
final class Segments {
    private Segments() {}

    static List<SegmentToName> twelveMece() {
        List<SegmentToName> segments = new ArrayList<>();
        for (String aov : List.of("High", "Medium", "Low")) {
            for (String engagement : List.of("High", "Low")) {
                for (String profitability : List.of("High", "Low")) {
                    segments.add(SegmentToName.fromRule(
                            aov + "_" + engagement + "_" + profitability,
                            "AOV_" + aov + " & Engagement_" + engagement + " & Profitability_" + profitability));
                }
            }
        }
        return segments;
    }

    static PersonaBook book() {
        return PersonaBook.load(java.nio.file.Path.of(PersonaBook.FILE));
    }
}
