package io.segbot.chat.intent;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.analytics.SegmentFamily;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities as the lead's answer layer sees them, through the public classifier API. */
class EntityExtractionTest {
    private static final SegmentCatalog CATALOG = SegmentCatalog.rfmDefaults()
            .with(List.of(
                    KnownSegment.of("Bargain Hunters", SegmentFamily.CLUSTER, "bargain crowd"),
                    KnownSegment.of("Premium_Engaged_Profitable", SegmentFamily.MECE)));
    private static IntentClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = IntentClassifier.fromClasspath();
    }

    private static Entities entities(String message) {
        return classifier.understand(message, CATALOG).entities();
    }

    private static SegmentRef.ByName named(String name, String mention) {
        return new SegmentRef.ByName(name, SegmentFamily.RFM, mention, 1.0);
    }

    @Test
    void numbered_segments_follow_connectors_and_default_to_clusters() {
        assertThat(entities("compare segment 1 vs 2").segments())
                .containsExactly(
                        new SegmentRef.ById(1, SegmentFamily.CLUSTER, "segment 1"),
                        new SegmentRef.ById(2, SegmentFamily.CLUSTER, "segment 2"));
        assertThat(entities("compare segment 1 vs 2").families()).isEmpty();
    }

    @Test
    void the_word_before_a_numbered_segment_sets_its_family() {
        assertThat(entities("how does cluster 0 stack up against cluster 3").families())
                .containsExactly(SegmentFamily.CLUSTER);
        assertThat(entities("rfm segment 4 details").segments())
                .containsExactly(new SegmentRef.ById(4, SegmentFamily.RFM, "segment 4"));
        assertThat(entities("mece segment 2").segments())
                .containsExactly(new SegmentRef.ById(2, SegmentFamily.MECE, "segment 2"));
    }

    @Test
    void names_are_found_by_alias_in_the_order_typed() {
        assertThat(entities("champs vs hibernators").segments())
                .containsExactly(named("Champions", "champs"), named("Hibernating", "hibernators"));
        assertThat(entities("are the sleepers waking up").segments())
                .containsExactly(named("About To Sleep", "sleepers"));
    }

    @Test
    void hyphens_and_apostrophes_do_not_hide_a_name() {
        assertThat(entities("describe the at-risk crowd").segments()).containsExactly(named("At Risk", "at risk"));
        assertThat(entities("what about can't lose them").segments())
                .containsExactly(named("Can't Lose Them", "cant lose them"));
    }

    @Test
    void a_typo_in_a_name_still_matches_with_similarity_below_one() {
        List<SegmentRef> refs = entities("tell me about the chmapions").segments();
        assertThat(refs).hasSize(1);
        SegmentRef.ByName ref = (SegmentRef.ByName) refs.get(0);
        assertThat(ref.name()).isEqualTo("Champions");
        assertThat(ref.mention()).isEqualTo("chmapions");
        // Jaro-Winkler(chmapions, champions): 9 matches, 2 half-transpositions -> jaro 0.963, prefix "ch" -> 0.970.
        assertThat(ref.similarity()).isBetween(0.96, 0.98);
    }

    @Test
    void the_longest_name_wins_so_potential_loyalists_is_not_loyal_customers() {
        assertThat(entities("turn potential loyalists into loyal customers").segments())
                .containsExactly(
                        named("Potential Loyalists", "potential loyalists"),
                        named("Loyal Customers", "loyal customers"));
    }

    @Test
    void at_risk_of_is_a_phrase_not_the_at_risk_segment() {
        Entities e = entities("are loyal customers at risk of churning?");
        assertThat(e.segments()).containsExactly(named("Loyal Customers", "loyal customers"));
        assertThat(e.metrics()).containsExactly(Metric.CHURN);
    }

    @Test
    void run_specific_names_from_the_catalog_match_with_their_family() {
        assertThat(entities("bargin hunters vs champions").segments().get(0))
                .isEqualTo(new SegmentRef.ByName(
                        "Bargain Hunters",
                        SegmentFamily.CLUSTER,
                        "bargin hunters",
                        ((SegmentRef.ByName) entities("bargin hunters vs champions")
                                        .segments()
                                        .get(0))
                                .similarity()));
        assertThat(entities("stats on Premium_Engaged_Profitable").segments())
                .containsExactly(new SegmentRef.ByName(
                        "Premium_Engaged_Profitable", SegmentFamily.MECE, "premium_engaged_profitable", 1.0));
        assertThat(entities("premium engaged profitable").families()).containsExactly(SegmentFamily.MECE);
    }

    @Test
    void superlatives_before_a_segment_noun_pick_a_segment_by_rank() {
        assertThat(entities("and the biggest one?").segments())
                .containsExactly(new SegmentRef.ByRank(1, Direction.HIGHEST, Metric.CUSTOMERS, "biggest one"));
        assertThat(entities("what about the second worst segment").segments())
                .containsExactly(new SegmentRef.ByRank(2, Direction.WORST, null, "second worst segment"));
        assertThat(entities("tell me about the top segment").segments())
                .containsExactly(new SegmentRef.ByRank(1, Direction.HIGHEST, null, "top segment"));
    }

    @Test
    void top_n_reads_digits_and_number_words_and_is_not_a_segment() {
        Entities top5 = entities("top 5 segments by clv");
        assertThat(top5.topN()).isEqualTo(5);
        assertThat(top5.direction()).isEqualTo(Direction.HIGHEST);
        assertThat(top5.metrics()).containsExactly(Metric.CLV);
        assertThat(top5.segments()).isEmpty();
        Entities bottom3 = entities("bottom three clusters by revenue");
        assertThat(bottom3.topN()).isEqualTo(3);
        assertThat(bottom3.direction()).isEqualTo(Direction.LOWEST);
        assertThat(bottom3.families()).containsExactly(SegmentFamily.CLUSTER);
    }

    @Test
    void customer_ids_need_a_customer_word_unless_they_have_five_digits() {
        assertThat(entities("look up customer 17850").customerId()).isEqualTo("17850");
        assertThat(entities("show me cust #13047").customerId()).isEqualTo("13047");
        assertThat(entities("customer id 1234").customerId()).isEqualTo("1234");
        assertThat(entities("user_000123 details").customerId()).isEqualTo("user_000123");
        assertThat(entities("which cluster does 16029 belong to").customerId()).isEqualTo("16029");
        assertThat(entities("revenue in 2024").customerId()).isNull();
        assertThat(entities("compare segment 12 and 13").customerId()).isNull();
        assertThat(entities("how many customers spent over 10000").customerId()).isNull();
    }

    @Test
    void metrics_come_in_order_of_mention_from_their_synonyms() {
        assertThat(entities("average order value and p_alive").metrics()).containsExactly(Metric.AOV, Metric.P_ALIVE);
        assertThat(entities("how much money and how often do they buy").metrics())
                .containsExactly(Metric.REVENUE, Metric.FREQUENCY);
        assertThat(entities("how many customers have ltv above 500").metrics())
                .containsExactly(Metric.CUSTOMERS, Metric.CLV);
    }

    @Test
    void ranking_words_are_kept_literal_for_the_answer_layer() {
        Entities worst = entities("which segment has the worst churn?");
        assertThat(worst.direction()).isEqualTo(Direction.WORST);
        assertThat(worst.metrics()).containsExactly(Metric.CHURN);
        Entities most = entities("which segment is most profitable?");
        assertThat(most.direction()).isEqualTo(Direction.HIGHEST);
        assertThat(most.metrics()).containsExactly(Metric.PROFITABILITY);
    }

    @Test
    void cart_words_imply_the_mece_family() {
        Entities e = entities("cart abandoners with high aov");
        assertThat(e.families()).containsExactly(SegmentFamily.MECE);
        assertThat(e.metrics()).containsExactly(Metric.AOV);
    }

    @Test
    void typos_in_domain_words_still_give_the_right_entities() {
        Entities e = entities("whcih segmnet has the hihgest chrun");
        assertThat(e.direction()).isEqualTo(Direction.HIGHEST);
        assertThat(e.metrics()).containsExactly(Metric.CHURN);
    }

    @Test
    void a_message_about_nothing_has_no_entities() {
        assertThat(entities("what's the weather")).isEqualTo(Entities.none());
    }
}
