package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Domain words: metric synonyms, ranking words, families, chatty fillers. Normalised spelling. */
final class Lexicon {
    private Lexicon() {}

    /** Phrase (space-separated tokens) to metric; the extractor tries longer phrases first. */
    static final Map<String, Metric> METRIC_PHRASES = metricPhrases();

    static final Map<String, Direction> DIRECTION_WORDS = Map.ofEntries(
            Map.entry("most", Direction.HIGHEST),
            Map.entry("highest", Direction.HIGHEST),
            Map.entry("top", Direction.HIGHEST),
            Map.entry("biggest", Direction.HIGHEST),
            Map.entry("largest", Direction.HIGHEST),
            Map.entry("greatest", Direction.HIGHEST),
            Map.entry("max", Direction.HIGHEST),
            Map.entry("maximum", Direction.HIGHEST),
            Map.entry("least", Direction.LOWEST),
            Map.entry("lowest", Direction.LOWEST),
            Map.entry("smallest", Direction.LOWEST),
            Map.entry("fewest", Direction.LOWEST),
            Map.entry("bottom", Direction.LOWEST),
            Map.entry("min", Direction.LOWEST),
            Map.entry("minimum", Direction.LOWEST),
            Map.entry("best", Direction.BEST),
            Map.entry("strongest", Direction.BEST),
            Map.entry("worst", Direction.WORST),
            Map.entry("weakest", Direction.WORST));

    /** Superlatives that imply a size criterion when they pick a segment ("the biggest one"). */
    static final Set<String> SIZE_SUPERLATIVES = Set.of("biggest", "largest", "smallest");

    static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "fifth", 5, "5th",
            5);

    static final Map<String, Integer> NUMBER_WORDS =
            Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10);

    /** Nouns after which a superlative picks one segment: "the biggest one", "the top cluster". */
    static final Set<String> SEGMENT_NOUNS =
            Set.of("one", "segment", "segments", "cluster", "clusters", "group", "groups", "bucket", "buckets");

    /** Words that introduce a numbered segment: "segment 2", "cluster #3". */
    static final Map<String, SegmentFamily> SEGMENT_ID_WORDS = Map.of(
            "segment", SegmentFamily.CLUSTER,
            "segments", SegmentFamily.CLUSTER,
            "seg", SegmentFamily.CLUSTER,
            "cluster", SegmentFamily.CLUSTER,
            "clusters", SegmentFamily.CLUSTER,
            "group", SegmentFamily.CLUSTER,
            "bucket", SegmentFamily.MECE);

    static final Map<String, SegmentFamily> FAMILY_WORDS = Map.ofEntries(
            Map.entry("rfm", SegmentFamily.RFM),
            Map.entry("cluster", SegmentFamily.CLUSTER),
            Map.entry("clusters", SegmentFamily.CLUSTER),
            Map.entry("clustering", SegmentFamily.CLUSTER),
            Map.entry("kmeans", SegmentFamily.CLUSTER),
            Map.entry("mece", SegmentFamily.MECE),
            Map.entry("cart", SegmentFamily.MECE),
            Map.entry("carts", SegmentFamily.MECE),
            Map.entry("abandoned", SegmentFamily.MECE),
            Map.entry("abandonment", SegmentFamily.MECE),
            Map.entry("abandoner", SegmentFamily.MECE),
            Map.entry("abandoners", SegmentFamily.MECE),
            Map.entry("abandon", SegmentFamily.MECE),
            Map.entry("checkout", SegmentFamily.MECE),
            Map.entry("bucket", SegmentFamily.MECE),
            Map.entry("buckets", SegmentFamily.MECE));

    /** Words before a customer id: "customer 17850", "cust #13047", "account 12583". */
    static final Set<String> CUSTOMER_WORDS = Set.of("customer", "cust", "client", "account", "user", "member");

    /** Chatty tokens dropped anywhere; they carry no intent. */
    static final Set<String> FILLERS =
            Set.of("pls", "plz", "please", "kindly", "segbot", "btw", "um", "uh", "thx", "lol", "quick", "q");

    /** Dropped only at the start, and only if something remains ("hi segbot" keeps "hi"). */
    static final Set<String> OPENERS = Set.of("hey", "hi", "hello", "yo", "hiya", "ok", "okay", "so", "alright");

    /**
     * Everyday words one edit away from a domain word, so the corrector leaves them alone
     * ("thank" is not a typo of "than", "sale" not of "sales").
     */
    static final Set<String> PROTECTED_WORDS = Set.of(
            "thank", "thanks", "cheers", "great", "cool", "nice", "sorry", "sure", "maybe", "later", "sale", "order",
            "other", "where", "there", "their", "these", "those", "whose", "worse", "month", "months", "years",
            "today");

    /** Every word above, for the typo corrector's vocabulary. */
    static Set<String> words() {
        return Stream.of(
                        METRIC_PHRASES.keySet().stream().flatMap(p -> Stream.of(p.split(" "))),
                        DIRECTION_WORDS.keySet().stream(),
                        ORDINALS.keySet().stream(),
                        NUMBER_WORDS.keySet().stream(),
                        SEGMENT_NOUNS.stream(),
                        FAMILY_WORDS.keySet().stream(),
                        CUSTOMER_WORDS.stream(),
                        PROTECTED_WORDS.stream(),
                        OPENERS.stream())
                .flatMap(s -> s)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, Metric> metricPhrases() {
        Map<String, Metric> m = new LinkedHashMap<>();
        put(m, Metric.REVENUE, "revenue", "revenues", "sales", "money", "income", "turnover", "earnings");
        put(m, Metric.CUSTOMERS, "number of customers", "how many customers", "customer count", "customer counts");
        put(m, Metric.CUSTOMERS, "how many people", "how many users", "headcount", "size", "sizes", "biggest");
        put(m, Metric.CUSTOMERS, "largest", "smallest", "bigger", "smaller", "big", "small", "large");
        put(m, Metric.ORDERS, "orders", "number of orders", "transactions", "purchases", "how many orders");
        put(m, Metric.CLV, "clv", "ltv", "cltv", "lifetime value", "life time value", "customer lifetime value");
        put(m, Metric.CHURN, "churn", "churns", "churning", "churned", "attrition", "lapse", "lapsing", "lapsed");
        put(m, Metric.P_ALIVE, "p_alive", "p alive", "palive", "probability alive", "still alive", "still active");
        put(m, Metric.FREQUENCY, "frequency", "how often", "how frequently", "frequently", "often");
        put(m, Metric.RECENCY, "recency", "last purchase", "last bought", "last buy", "last order", "days since");
        put(m, Metric.MONETARY, "monetary", "monetary value", "spend", "spends", "spending", "spent");
        put(m, Metric.AOV, "aov", "average order value", "avg order value", "order value", "per order");
        put(m, Metric.AOV, "basket size", "basket value");
        put(m, Metric.PROFITABILITY, "profit", "profits", "profitable", "profitability", "margin", "margins", "roi");
        put(m, Metric.ENGAGEMENT, "engagement", "engaged", "sessions");
        put(m, Metric.CONVERSION_POTENTIAL, "conversion potential", "conversion", "conversions", "convert");
        put(m, Metric.LIFT, "lift", "uplift", "lift vs control");
        put(m, Metric.OVERALL_SCORE, "overall score", "score", "scores");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Metric> map, Metric metric, String... phrases) {
        for (String phrase : phrases) {
            map.put(phrase, metric);
        }
    }

    /** Phrases of {@link #METRIC_PHRASES} as token lists, longest first, ties alphabetical. */
    static List<List<String>> metricPhrasesLongestFirst() {
        return METRIC_PHRASES.keySet().stream()
                .map(p -> List.of(p.split(" ")))
                .sorted((a, b) -> a.size() != b.size()
                        ? b.size() - a.size()
                        : String.join(" ", a).compareTo(String.join(" ", b)))
                .toList();
    }
}
