package io.segbot.namingrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.namingrun.NamingRecords.Decision;
import io.segbot.namingrun.NamingRecords.NamingRun;
import io.segbot.namingrun.NamingRecords.Proposal;
import io.segbot.store.Database;
import io.segbot.store.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NamingRepositoryTest {
    private static final Map<String, Integer> SEVENS = Map.of(
            "mece_compliance",
            7,
            "marketing_clarity",
            7,
            "tier_attribute_structure",
            7,
            "rule_precision",
            7,
            "memorability",
            7);

    @Test
    void a_naming_is_stored_with_every_vote_and_read_back_unchanged() {
        try (Database database = TestDatabases.fresh("naming-" + UUID.randomUUID())) {
            NamingRepository repository = new NamingRepository(database);
            List<Decision> decisions = List.of(
                    new Decision(
                            "rfm:Champions",
                            "R_5 & F_4-5",
                            "Fresh_Devoted",
                            "jury",
                            "no model: the rubric computed by rules picked creative_marketer",
                            "rubric",
                            "creative_marketer",
                            "highest weighted rubric score, 9.90 of 10",
                            List.of(
                                    new Proposal(
                                            "creative_marketer",
                                            "Fresh_Devoted",
                                            "R_5 & F_4-5",
                                            "",
                                            true,
                                            "ok",
                                            7.0,
                                            SEVENS),
                                    new Proposal(
                                            "growth_strategist",
                                            "Top_10",
                                            "R_5 & F_4-5",
                                            "",
                                            false,
                                            "the name contains a number ('1'); names describe tiers in words",
                                            null,
                                            Map.of()))),
                    new Decision(
                            "cluster:0",
                            "k-means cluster 0: mean recency 3.0 days",
                            "Premium_Loyal_Active",
                            "rule_based",
                            "no proposal was valid; the rule-based namer named it from its tiers",
                            "none",
                            "",
                            "",
                            List.of(new Proposal(
                                    "creative_marketer",
                                    "",
                                    "",
                                    "",
                                    false,
                                    "the model failed: busy",
                                    null,
                                    Map.of()))));
            NamingRun run = new NamingRun(0, "analysis", 4, Instant.parse("2025-01-02T03:04:05Z"), "none", 42, 12);
            long id = repository.save(run, decisions);
            assertThat(repository.decisions(id)).isEqualTo(decisions);
            assertThat(repository.latest("analysis", 4))
                    .contains(new NamingRun(id, "analysis", 4, Instant.parse("2025-01-02T03:04:05Z"), "none", 42, 12));
            assertThat(repository.latest("analysis", 5)).isEmpty();
        }
    }
}
