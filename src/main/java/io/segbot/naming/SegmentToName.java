package io.segbot.naming;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A segment the jury names: a MECE bucket, an RFM segment or a k-means cluster alike.
 *
 * @param segmentId the segment's id in its run, e.g. {@code High_Low_High} or {@code cluster-3}
 * @param rule the segment's exact rule, e.g. {@code AOV_High & Engagement_Low & Profitability_High}
 *     or {@code R_5 & F_4-5}; a proposal must repeat it character for character
 * @param tiers dimension to tier, in the rule's order (e.g. AOV to High, R to 5, F to 4-5); may be
 *     empty for a catch-all segment
 * @param profile optional numbers describing the segment (size, mean AOV, ...), shown to the
 *     jury as data; may be empty
 */
public record SegmentToName(String segmentId, String rule, Map<String, String> tiers, Map<String, Double> profile) {
    public SegmentToName {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(rule, "rule");
        if (segmentId.isBlank() || rule.isBlank()) {
            throw new IllegalArgumentException(
                    "segment id and rule must not be blank, got id '" + segmentId + "' and rule '" + rule + "'");
        }
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(tiers, "tiers")));
        profile = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(profile, "profile")));
        for (Map.Entry<String, String> entry : tiers.entrySet()) {
            if (entry.getKey().isBlank() || entry.getValue().isBlank()) {
                throw new IllegalArgumentException("tiers must not have blank dimensions or tiers, got " + tiers);
            }
        }
    }

    /**
     * A MECE-style segment whose rule is {@code Dim_Tier & Dim_Tier ...}: the tiers are read from
     * the rule, e.g. {@code AOV_High & Engagement_Low} gives AOV to High, Engagement to Low.
     */
    public static SegmentToName fromRule(String segmentId, String rule) {
        Map<String, String> tiers = new LinkedHashMap<>();
        for (String term : rule.split("&")) {
            String trimmed = term.strip();
            int cut = trimmed.indexOf('_');
            if (cut <= 0 || cut == trimmed.length() - 1) {
                throw new IllegalArgumentException(
                        "rule term '" + trimmed + "' is not Dimension_Tier (in rule '" + rule + "')");
            }
            tiers.put(trimmed.substring(0, cut), trimmed.substring(cut + 1));
        }
        return new SegmentToName(segmentId, rule, tiers, Map.of());
    }
}
