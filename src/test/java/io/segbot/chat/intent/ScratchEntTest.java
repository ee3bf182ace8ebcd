package io.segbot.chat.intent;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchEntTest {
    @Test
    void ents() {
        IntentClassifier clf = IntentClassifier.fromClasspath();
        SegmentCatalog cat = TrainingCatalog.CATALOG.with(
                List.of(KnownSegment.of("Bargain Hunters", SegmentFamily.CLUSTER, "bargain")));
        for (String s : new String[] {
            "compare segment 1 vs 2",
            "how does cluster 0 stack up against cluster 3",
            "rfm segment 4 details",
            "champs vs hibernators",
            "tell me about the chmapions",
            "at-risk customers",
            "are loyal customers at risk of churning?",
            "can't lose them",
            "cant lose them segment",
            "turn potential loyalists into loyal customers",
            "the biggest one",
            "and the smallest one?",
            "what about the second worst segment",
            "tell me about the top segment",
            "top 5 segments by clv",
            "bottom three clusters by revenue",
            "5 best segments",
            "customer 17850",
            "cust #13047",
            "user_000123 details",
            "which cluster does 16029 belong to",
            "revenue in 2024",
            "customer id 1234",
            "average order value and p_alive",
            "which segment is most profitable?",
            "how many customers are in loyal customers?",
            "which segment has the worst churn?",
            "cart abandoners with high aov",
            "stats on Premium_Engaged_Profitable",
            "premium engaged profitable",
            "bargin hunters vs champions",
            "whcih segmnet has the hihgest chrun",
            "segments 1, 2 and 3",
            "the sleepers",
            "who's about to leave us?",
            "new customers versus promising, clv wise",
            "what's the best performing segment this quarter",
            "mece segment 2",
            "bucket 3",
            "how about last month",
            "thank you segbot",
            "lift vs control",
            "top two segments"
        }) {
            Understanding u = clf.understand(s, cat);
            System.out.printf(
                    "ENT %-50s -> %s %.2f %s%n      %s%n", s, u.intent(), u.confidence(), u.method(), u.entities());
        }
    }
}
