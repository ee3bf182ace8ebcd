package io.segbot.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.llm.NoModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoModelJuryTest {
    private final Jury jury = new Jury(Segments.book(), new NoModel("test"), 42);

    @Test
    void twelve_mece_segments_get_unique_readable_names_deterministically() {
        NamingRun first = jury.name(Segments.twelveMece());
        NamingRun second = jury.name(Segments.twelveMece());
        assertThat(first.decisions()).isEqualTo(second.decisions());
        assertThat(first.model()).isEqualTo("none");
        assertThat(first.decisions()).hasSize(12).allSatisfy(decision -> {
            assertThat(decision.method()).isEqualTo(NamingMethod.JURY);
            assertThat(NameFormat.problem(decision.chosenName())).isEmpty();
            assertThat(decision.proposals()).hasSize(4);
            assertThat(decision.judgeScores().judge()).isEqualTo("rubric");
        });
        List<String> names =
                first.decisions().stream().map(NamingDecision::chosenName).toList();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void the_rubric_scores_the_top_segment_as_computed_by_hand() {
        NamingDecision top = jury.name(Segments.twelveMece()).decisions().get(0);
        assertThat(top.rule()).isEqualTo("AOV_High & Engagement_High & Profitability_High");
        assertThat(top.proposals())
                .extracting(Proposal::segmentName)
                .containsExactly(
                        "Luxe_Buzzing_Golden",
                        "High-Value_Active_Margin-Rich",
                        "Spend-High_Engagement-High_Margin-High",
                        "Key_Committed_Secure");
        // Luxe_Buzzing_Golden, 19 characters: memorability 10 - (3 + 3) / 4 = 9, all else 10
        assertThat(top.judgeScores().scores().get("creative_marketer"))
                .isEqualTo(Map.of(
                        "mece_compliance",
                        10,
                        "marketing_clarity",
                        10,
                        "tier_attribute_structure",
                        10,
                        "rule_precision",
                        10,
                        "memorability",
                        9));
        // 38 characters: clarity 10 - 1 (a 15-letter word) - 2 (over 32) - 1 (6 hyphen parts) = 6,
        // memorability 10 - (22 + 3) / 4 = 4; weighted .3x10 + .25x6 + .2x10 + .15x10 + .1x4 = 8.4
        assertThat(top.judgeScores().weighted().get("data_scientist")).isCloseTo(8.4, within());
        // 0.3x10 + 0.25x10 + 0.2x10 + 0.15x10 + 0.1x9 = 9.9 for both creative marketer and risk
        // manager (Key_Committed_Secure, 20 characters); the tie goes to the earlier juror
        assertThat(top.judgeScores().weighted().get("risk_manager")).isCloseTo(9.9, within());
        assertThat(top.chosenName()).isEqualTo("Luxe_Buzzing_Golden");
        assertThat(top.reason()).isEqualTo("no model: the rubric computed by rules picked creative_marketer");
    }

    @Test
    void rfm_segments_and_clusters_are_named_from_their_tiers() {
        List<SegmentToName> segments = List.of(
                new SegmentToName("champions", "R_5 & F_4-5", orderedTiers("R", "5", "F", "4-5"), Map.of()),
                new SegmentToName("hibernating", "R_1-2 & F_1-2", orderedTiers("R", "1-2", "F", "1-2"), Map.of()),
                new SegmentToName(
                        "cluster-3",
                        "centroid: churn_risk high, tenure long",
                        orderedTiers("churn_risk", "High", "tenure", "Veteran"),
                        Map.of("size", 412.0)));
        NamingRun run = jury.name(segments);
        assertThat(run.decisions())
                .extracting(NamingDecision::chosenName)
                .containsExactly("Fresh_Devoted", "Faded_Fleeting", "Big-Churn-Risk_Veteran");
    }

    @Test
    void identical_tiers_still_end_in_unique_names() {
        List<SegmentToName> twins = new java.util.ArrayList<>();
        for (String region : List.of("EU", "US", "UK", "APAC", "LATAM")) {
            twins.add(new SegmentToName(
                    region,
                    "AOV_High & Engagement_Low & Region_" + region,
                    orderedTiers("AOV", "High", "Engagement", "Low"),
                    Map.of()));
        }
        NamingRun run = jury.name(twins);
        // each persona's name can be taken once; by the rubric the shortest goes first
        assertThat(run.decisions())
                .extracting(NamingDecision::chosenName)
                .containsExactly(
                        "Luxe_Sleepy",
                        "Key_At-Risk",
                        "High-Value_Passive",
                        "Spend-High_Engagement-Low",
                        "Premium_Dormant");
        NamingDecision last = run.decisions().get(4);
        assertThat(last.proposals())
                .extracting(Proposal::reason)
                .containsExactly(
                        "the name is already chosen for segment EU", "the name is already chosen for segment UK",
                        "the name is already chosen for segment APAC", "the name is already chosen for segment US");
        assertThat(last.method()).isEqualTo(NamingMethod.RULE_BASED);
        assertThat(last.reason()).isEqualTo("no proposal was valid; the rule-based namer named it from its tiers");
    }

    private static Map<String, String> orderedTiers(String... pairs) {
        Map<String, String> tiers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            tiers.put(pairs[i], pairs[i + 1]);
        }
        return tiers;
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
