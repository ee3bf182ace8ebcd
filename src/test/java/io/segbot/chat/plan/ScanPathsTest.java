package io.segbot.chat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A window is read from the day index's sums (everyone), by day (only its orders) or customer by
 * customer (small populations); all must give the same figures, every tally field, group and
 * distribution, on {@link PlanFixture}.
 */
class ScanPathsTest {
    private static final OrderBook BOOK = PlanFixture.book();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "revenue in february",
                "sales in q1 2025",
                "how many customers bought in march",
                "repeat purchase rate in q1 2025",
                "one time buyers in 2025",
                "average days between orders this year",
                "median days between orders in q1 2025",
                "median days between orders",
                "median order value in february",
                "90th percentile order value",
                "median spend per customer in q1 2025",
                "what share of revenue comes from the top 20% of customers this year",
                "largest order in march",
                "when was the first order this year",
                "revenue by month",
                "average days between orders by month",
                "largest order by quarter",
                "orders per month in q1 2025",
                "customers by quarter",
                "revenue by segment in february",
                "revenue by churn band this year",
                "how many new customers this quarter",
                "revenue from new customers in january",
                "median spend of new customers this year",
                "median order value of new customers in q1 2025",
                "average days between orders of new customers in february",
                "new customers this month vs last month",
                "active customers this month",
                "how many customers have lapsed this month",
                "active customers in the last 60 days",
                "revenue this month vs last month",
                "what's our total revenue?",
                "average clv",
                "how many customers are likely to churn",
                "what percentage of customers are at high risk of churning",
                "revenue by segment",
                "aov by churn band",
                "customers by tier",
                "repeat rate by cluster",
            })
    void the_day_and_the_customer_paths_agree(String question) {
        assertSame(question);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "revenue from champions in q1 2025",
                "median order value of champions",
                "revenue by month for champions",
                "how many champions ordered in february",
                "how many champions are there",
                "average clv of champions",
                "what share of champions is at high churn risk",
                "biggest order from a champion",
                "average days between orders for champions",
            })
    void the_paths_agree_within_a_segment(String question) {
        assertSame(question, PlanFixture.rfm("Champions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aov champions vs at risk in q1 2025", "revenue champions vs at risk"})
    void the_paths_agree_comparing_two_segments(String question) {
        assertSame(question, PlanFixture.rfm("Champions"), PlanFixture.rfm("At Risk"));
    }

    private static void assertSame(String question, Filter.Segment... segments) {
        QuestionPlan plan = PlanParser.parse(question, List.of(segments), null, PlanFixture.AS_OF)
                .orElseThrow(() -> new AssertionError("no plan for: " + question));
        PlanResult byDay = PlanExecutor.execute(plan, BOOK, Scan.Path.DAYS);
        PlanResult byCustomer = PlanExecutor.execute(plan, BOOK, Scan.Path.CUSTOMERS);
        PlanResult cheapest = PlanExecutor.execute(plan, BOOK, null);
        assertThat(byDay.unavailable()).isNull();
        assertThat(byDay.total().orders + byDay.total().members)
                .as("the question touches data: %s", plan.canonical())
                .isPositive();
        assertThat(byDay)
                .usingRecursiveComparison()
                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class)
                .isEqualTo(byCustomer);
        assertThat(cheapest)
                .usingRecursiveComparison()
                .withEqualsForType((a, b) -> Double.compare(a, b) == 0, Double.class)
                .isEqualTo(byDay);
    }
}
