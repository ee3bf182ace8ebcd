package io.segbot.chat.plan;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "top 10 customers by spend", "the 5 biggest spenders among champions": customers ranked by a key. */
final class CustomerLists {
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?:top|best|biggest|largest|bottom|first)? ?(\\d{1,5}|ten|five|twenty|three|fifty|hundred)"
                    + " (?!%|percent|pct|days|weeks|months|years|orders|or more|\\+)");
    private static final Pattern ASCENDING =
            Pattern.compile("\\b(least|lowest|bottom|smallest|worst|fewest|least likely)\\b");
    private static final Pattern HOW_MANY =
            Pattern.compile("\\b(how many|count of|what share|what percent|how much|when|median|total)\\b");

    private record Key(QuestionPlan.SortKey key, Pattern words) {}

    private static final List<Key> KEYS = List.of(
            new Key(
                    QuestionPlan.SortKey.PREDICTED_CLV,
                    Pattern.compile("\\b(predicted|expected|forecast|future) (clv|ltv|lifetime value|value)\\b")),
            new Key(QuestionPlan.SortKey.CLV, Pattern.compile("\\b(clv|ltv|lifetime value)\\b")),
            new Key(
                    QuestionPlan.SortKey.P_ALIVE,
                    Pattern.compile("\\b(alive|p ?alive|likely to (stay|come back|buy again|return))\\b")),
            new Key(QuestionPlan.SortKey.AOV, Pattern.compile("\\b(aov|order value|basket size|per order)\\b")),
            new Key(
                    QuestionPlan.SortKey.ORDERS,
                    Pattern.compile("\\b(orders|frequent|frequently|often|purchases|number of orders|most loyal)\\b")),
            new Key(QuestionPlan.SortKey.RECENCY, Pattern.compile("\\b(recent|recently|latest|newest)\\b")));

    private CustomerLists() {}

    static Optional<QuestionPlan> parse(
            String text, Population population, DateRange window, Optional<MeasureWords.Found> measure) {
        boolean segmentNamed = population.filters().stream().anyMatch(f -> f instanceof Filter.Segment);
        if (!PlanParser.listShape(text, segmentNamed) || HOW_MANY.matcher(text).find()) {
            return Optional.empty();
        }
        if (measure.isPresent()
                && measure.get().specific()
                && measure.get().measure() != Measure.P_ALIVE
                && measure.get().measure() != Measure.LAST_ORDER) {
            return Optional.empty();
        }
        QuestionPlan.SortKey key = QuestionPlan.SortKey.SPEND;
        for (Key k : KEYS) {
            if (k.words().matcher(text).find()) {
                key = k.key();
                break;
            }
        }
        boolean ascending = ASCENDING.matcher(text).find();
        int limit = limit(text);
        boolean asc = ascending;
        QuestionPlan.SortKey by = key;
        return PlanParser.valid(() -> new QuestionPlan(
                QuestionPlan.Kind.LIST,
                null,
                null,
                population.filters(),
                null,
                window,
                null,
                new QuestionPlan.ListSpec(by, limit, asc),
                null,
                null,
                null,
                List.of(),
                null));
    }

    private static int limit(String text) {
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            int value =
                    switch (n) {
                        case "ten" -> 10;
                        case "five" -> 5;
                        case "three" -> 3;
                        case "twenty" -> 20;
                        case "fifty" -> 50;
                        case "hundred" -> 100;
                        default -> Integer.parseInt(n);
                    };
            boolean year = n.length() == 4 && (n.startsWith("19") || n.startsWith("20"));
            boolean amount = text.substring(0, m.start(1))
                    .matches(".*(\\b(over|above|than|least|under|below|most|spent|spend)|\\$) ?$");
            if (!year && !amount && value >= 1) {
                return Math.min(value, 10_000);
            }
        }
        return 10;
    }
}
