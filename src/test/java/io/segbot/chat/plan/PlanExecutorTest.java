package io.segbot.chat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each plan kind on {@link PlanFixture}, against figures worked out by hand from its twelve customers. */
class PlanExecutorTest {
    private static final OrderBook BOOK = PlanFixture.book();

    private static PlanResult ask(String question, Filter.Segment... segments) {
        QuestionPlan plan = PlanParser.parse(question, List.of(segments), null, PlanFixture.AS_OF)
                .orElseThrow(() -> new AssertionError("no plan for: " + question));
        return PlanExecutor.execute(plan, BOOK);
    }

    @Test
    void revenue_in_a_month_sums_its_orders() {
        // February 2025: A1 50 + A3 80 + 20 + A7 30 + A8 250 + B3 45 = 475, 6 orders, 5 customers
        Tally t = ask("revenue in february").total();
        assertThat(t.revenue).isEqualTo(475);
        assertThat(t.orders).isEqualTo(6);
        assertThat(t.customers).isEqualTo(5);
    }

    @Test
    void a_quarter_and_all_time_totals() {
        // every 2025 order: 1,710 over 16 orders by 11 customers (A6 ordered only in 2024)
        Tally q1 = ask("sales in q1 2025").total();
        assertThat(q1.revenue).isEqualTo(1710);
        assertThat(q1.orders).isEqualTo(16);
        assertThat(q1.customers).isEqualTo(11);
        Tally all = ask("what's our total revenue?").total();
        assertThat(all.revenue).isEqualTo(3080);
        assertThat(all.orders).isEqualTo(20);
        assertThat(ask("average order value?").total().value(Measure.AOV, null)).isEqualTo(154);
        assertThat(ask("average revenue per customer").total().value(Measure.REVENUE_PER_CUSTOMER, null))
                .isCloseTo(256.667, within(1e-3));
    }

    @Test
    void new_customers_are_those_whose_first_order_falls_in_the_window() {
        // first orders in Q1 2025: A1, A2, A3, A4, A7, A8, B1, B3
        assertThat(ask("how many new customers this quarter").total().customers).isEqualTo(8);
    }

    @Test
    void new_customers_by_month_are_counted_in_the_month_of_their_first_order() {
        // first orders: January A1, A2, A7; February A3, A8, B3; March A4, B1
        PlanResult months = ask("new customers by month this year");
        assertThat(months.groups()).extracting(PlanResult.Group::key).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(months.groups()).extracting(g -> g.tally().customers).containsExactly(3L, 3L, 2L);
        assertThat(months.total().customers).isEqualTo(8);
        // their orders in that month: January A1 100 + A2 200 + A7 30; February A3 80 + 20 + A8 250 + B3 45;
        // March A4 500 + B1 75
        PlanResult revenue = ask("revenue from new customers by month this year");
        assertThat(revenue.groups()).extracting(g -> g.tally().revenue).containsExactly(330.0, 395.0, 575.0);
        assertThat(revenue.groups()).extracting(g -> g.tally().orders).containsExactly(3L, 4L, 2L);
    }

    @Test
    void new_customers_of_a_past_window_count_only_their_orders_in_it() {
        // new in January: A1 (100; its February and March orders fall outside), A2 200, A7 30 (later ones outside)
        Tally january = ask("revenue from new customers in january").total();
        assertThat(january.customers).isEqualTo(3);
        assertThat(january.orders).isEqualTo(3);
        assertThat(january.revenue).isEqualTo(330);
        assertThat(january.largestOrder).isEqualTo(200);
    }

    @Test
    void a_comparison_of_two_windows_finds_the_new_customers_of_each() {
        // new in March: A4, B1; new in February: A3, A8, B3
        PlanResult compared = ask("new customers this month vs last month");
        assertThat(compared.total().customers).isEqualTo(2);
        assertThat(compared.versus().customers).isEqualTo(3);
    }

    @Test
    void active_customers_in_a_window_are_those_who_ordered_in_it() {
        // ordered in March 2025: A1, A4, A5, A7, B1
        Tally march = ask("active customers this month").total();
        assertThat(march.customers).isEqualTo(5);
        assertThat(march.members).isEqualTo(5);
        assertThat(march.revenue).isEqualTo(150 + 500 + 40 + 30 + 75);
    }

    @Test
    void lapsed_customers_ordered_before_the_window_and_not_in_it() {
        // last order before March 2025: A2, A3, A6, A8, A9, B2, B3
        assertThat(ask("how many customers have lapsed this month").total().customers)
                .isEqualTo(7);
    }

    @Test
    void repeat_rate_and_one_time_buyers() {
        // two or more orders: A1, A3, A5, A7, A9, B2
        PlanResult repeat = ask("what's our repeat purchase rate");
        assertThat(repeat.total().value(Measure.REPEAT_RATE, null)).isEqualTo(0.5);
        assertThat(ask("how many one-time buyers do we have").total().oneTime).isEqualTo(6);
    }

    @Test
    void days_between_orders_average_and_median() {
        // gaps: A1 36, 38; A3 14; A5 100; A7 28, 31; A9 31; B2 107 -> 385 / 8 = 48.125, median (31 + 36) / 2
        assertThat(ask("average days between orders").total().value(Measure.DAYS_BETWEEN_ORDERS, null))
                .isEqualTo(48.125);
        assertThat(ask("median days between orders").distribution()).isEqualTo(33.5);
    }

    @Test
    void days_between_orders_by_month_count_gaps_whose_two_orders_fall_in_that_month() {
        // only A3's Feb 1 -> Feb 15 has both orders in one month; every other gap spans two months
        PlanResult months = ask("average days between orders by month in q1 2025");
        assertThat(months.groups()).extracting(g -> g.tally().gaps).containsExactly(0L, 1L, 0L);
        assertThat(months.groups().get(1).tally().value(Measure.DAYS_BETWEEN_ORDERS, null))
                .isEqualTo(14);
    }

    @Test
    void a_count_does_not_leave_a_stale_average_for_the_next_question_on_the_same_book() {
        OrderBook book = PlanFixture.book();
        QuestionPlan count = PlanParser.parse("how many customers do we have", List.of(), null, PlanFixture.AS_OF)
                .orElseThrow();
        QuestionPlan clv = PlanParser.parse("average clv", List.of(), null, PlanFixture.AS_OF)
                .orElseThrow();
        assertThat(PlanExecutor.execute(count, book).total().customers).isEqualTo(12);
        // the fixture's one-year CLV is half the lifetime spend: 3,080 / 2 / 12 customers
        assertThat(PlanExecutor.execute(clv, book).total().value(Measure.CLV, null))
                .isCloseTo(1540.0 / 12, within(1e-9));
    }

    @Test
    void share_of_revenue_from_the_top_customers() {
        // top 20 % of 12 = ceil(2.4) = 3 customers: 1,000 + 500 + 400 = 1,900 of 3,080
        assertThat(ask("what share of revenue comes from the top 20% of customers")
                        .distribution())
                .isCloseTo(1900.0 / 3080, within(1e-12));
        assertThat(ask("how much of our revenue do the top 2 customers bring in")
                        .distribution())
                .isCloseTo(1500.0 / 3080, within(1e-12));
    }

    @Test
    void median_and_percentiles_use_type_7_interpolation() {
        // spends sorted: 20 45 75 90 100 100 200 250 300 400 500 1000
        assertThat(ask("median spend per customer").distribution()).isEqualTo(150);
        assertThat(ask("90th percentile of spend").distribution()).isCloseTo(490, within(1e-9));
        // 20 order values, the 10th and 11th are 60 and 75
        assertThat(ask("median order value").distribution()).isEqualTo(67.5);
    }

    @Test
    void largest_first_and_last_orders() {
        Tally all = ask("biggest single order ever?").total();
        assertThat(all.largestOrder).isEqualTo(1000);
        assertThat(BOOK.ids()[all.largestOrderCustomer]).isEqualTo("A6");
        assertThat(LocalDate.ofEpochDay(all.largestOrderDay)).isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(ask("largest order this year").total().largestOrder).isEqualTo(500);
        assertThat(LocalDate.ofEpochDay(ask("when was our first order").total().firstDay))
                .isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(LocalDate.ofEpochDay(ask("when was the most recent order").total().lastDay))
                .isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void churn_counts_and_shares_within_segments() {
        // High: A2, A6, A9, B2; of Loyal Customers only A2
        assertThat(ask("how many customers are likely to churn").total().customers)
                .isEqualTo(4);
        assertThat(ask("how many loyal customers are likely to churn", PlanFixture.rfm("Loyal Customers"))
                        .total()
                        .customers)
                .isEqualTo(1);
        assertThat(ask("what percentage of customers are at high risk of churning")
                        .total()
                        .value(Measure.CHURN_SHARE, null))
                .isCloseTo(4.0 / 12, within(1e-12));
    }

    @Test
    void thresholds_on_spend_and_orders() {
        // more than 250: A1 300, A4 500, A6 1000, B2 400 (A8's 250 is not more than 250)
        assertThat(ask("how many customers spent more than 250").total().customers)
                .isEqualTo(4);
        assertThat(ask("how many customers have 2 or more orders").total().customers)
                .isEqualTo(6);
    }

    @Test
    void customer_lists_rank_by_spend_overall_within_a_segment_and_within_a_window() {
        assertThat(ask("top 3 customers by spend").rows())
                .extracting(PlanResult.Row::customerId)
                .containsExactly("A6", "A4", "B2");
        assertThat(ask("the 2 biggest spenders among champions", PlanFixture.rfm("Champions"))
                        .rows())
                .extracting(PlanResult.Row::customerId)
                .containsExactly("A4", "A1");
        PlanResult q1 = ask("top 3 customers by spend in q1 2025");
        assertThat(q1.rows()).extracting(PlanResult.Row::customerId).containsExactly("A4", "A1", "A8");
        assertThat(q1.rows().get(0).spend()).isEqualTo(500);
        assertThat(q1.listed()).isEqualTo(11);
        // a window before the last day: February's orders only (A8 250, A3 80 + 20, A1 50, B3 45, A7 30)
        PlanResult february = ask("top 3 customers by spend in february");
        assertThat(february.rows()).extracting(PlanResult.Row::customerId).containsExactly("A8", "A3", "A1");
        assertThat(february.rows()).extracting(PlanResult.Row::orders).containsExactly(1L, 2L, 1L);
        assertThat(february.listed()).isEqualTo(5);
        // the most orders in Q1 (to the last day): A1 and A7 three each, then A3 two (ties by id)
        assertThat(ask("top 3 customers by orders in q1 2025").rows())
                .extracting(PlanResult.Row::customerId)
                .containsExactly("A1", "A7", "A3");
    }

    @Test
    void monthly_breakdown_and_a_comparison_of_two_months() {
        PlanResult months = ask("revenue by month in q1 2025");
        assertThat(months.groups()).extracting(PlanResult.Group::key).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(months.groups()).extracting(g -> g.tally().revenue).containsExactly(440.0, 475.0, 795.0);
        PlanResult compared = ask("revenue february vs january");
        assertThat(compared.total().revenue).isEqualTo(475);
        assertThat(compared.versus().revenue).isEqualTo(440);
    }

    @Test
    void a_breakdown_by_segment_and_a_comparison_of_two_segments() {
        PlanResult bySegment = ask("revenue by segment");
        assertThat(bySegment.groups())
                .extracting(PlanResult.Group::key)
                .containsExactly("Hibernating", "Champions", "Loyal Customers", "At Risk");
        assertThat(bySegment.groups()).extracting(g -> g.tally().revenue).containsExactly(1445.0, 890.0, 550.0, 195.0);
        PlanResult versus = ask("aov champions vs at risk", PlanFixture.rfm("Champions"), PlanFixture.rfm("At Risk"));
        // Champions 890 over 7 orders; At Risk 195 over 5 orders = 39
        assertThat(versus.total().value(Measure.AOV, null)).isCloseTo(890.0 / 7, within(1e-12));
        assertThat(versus.versus().value(Measure.AOV, null)).isEqualTo(39);
    }

    @Test
    void one_customer_and_an_unknown_one_with_the_closest_ids() {
        PlanResult a1 = PlanExecutor.execute(
                PlanParser.parse("how much did customer A1 spend in february", List.of(), "A1", PlanFixture.AS_OF)
                        .orElseThrow(),
                BOOK);
        assertThat(a1.total().revenue).isEqualTo(50);
        PlanResult unknown = PlanExecutor.execute(
                PlanParser.parse("how many orders has customer A99 placed", List.of(), "A99", PlanFixture.AS_OF)
                        .orElseThrow(),
                BOOK);
        assertThat(unknown.unavailable()).isEqualTo("unknown customer");
        assertThat(unknown.rows()).extracting(PlanResult.Row::customerId).containsExactly("A9", "A1", "A2");
    }

    @Test
    void a_run_without_a_fitted_model_says_so_for_p_alive() {
        assertThat(ask("average probability alive").unavailable()).isEqualTo(PlanExecutor.NO_MODEL);
    }
}
