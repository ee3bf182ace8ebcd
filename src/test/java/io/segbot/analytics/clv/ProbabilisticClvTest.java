package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.segbot.analytics.Purchase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProbabilisticClvTest {

    @Test
    void too_few_repeat_buyers_are_gated_with_a_plain_reason() {
        List<Purchase> purchases = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int c = 0; c < 300; c++) {
            purchases.add(new Purchase("c" + c, "o" + c, start.plusDays(c % 30), 20));
            if (c < 42) {
                purchases.add(new Purchase("c" + c, "r" + c, start.plusDays(60 + c), 30));
            }
        }
        ClvAnalysis result = ProbabilisticClv.analyze(purchases, LocalDate.of(2024, 6, 30), ClvOptions.DEFAULT);
        assertThat(result).isInstanceOf(ClvAnalysis.Gated.class);
        assertThat(((ClvAnalysis.Gated) result).reason())
                .isEqualTo("42 customers with repeat purchases; the model needs at least 100 to learn how often"
                        + " customers buy and when they stop. Keeping the rule-based churn and CLV.");
    }

    @Test
    void a_short_history_is_gated_and_says_how_long_it_is() {
        RfmSummaries summaries = simulatedDays(2_000, 40, 1);
        DataGate.Decision decision = DataGate.check(summaries, GateRules.DEFAULT);
        assertThat(decision.passed()).isFalse();
        assertThat(decision.reason()).startsWith("The history covers 40 days; the model needs at least 90");
    }

    @Test
    void history_shorter_than_three_purchase_cycles_is_gated() {
        // Repeat buyers every ~50 days over a 120-day history: fewer than 3 cycles (150 days)
        List<RfmSummary> rows = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            rows.add(new RfmSummary("c" + i, 2, 100, 120, 10));
        }
        DataGate.Decision decision = DataGate.check(RfmSummaries.of(rows, PeriodUnit.DAYS), GateRules.DEFAULT);
        assertThat(decision.medianCycleDays()).isEqualTo(50.0);
        assertThat(decision.reason())
                .isEqualTo("The history covers 120 days but customers typically buy every 50 days; the model needs"
                        + " at least 3 purchase cycles (150 days) to tell a lapsed customer from a quiet one."
                        + " Keeping the rule-based churn and CLV.");
    }

    @Test
    void enough_data_gives_per_customer_predictions_consistent_with_the_models() {
        RfmSummaries summaries = BgNbdSimulator.withSpend(
                simulatedDays(5_000, 365, 3), new GammaGammaParameters(6, 4, 15), new SplittableRandom(4));
        ClvAnalysis result = ProbabilisticClv.analyze(summaries, ClvOptions.DEFAULT);
        assertThat(result).isInstanceOf(ClvAnalysis.Modelled.class);
        ClvAnalysis.Modelled modelled = (ClvAnalysis.Modelled) result;
        assertThat(modelled.customers()).isEqualTo(5_000);
        BgNbdModel bg = new BgNbdModel(modelled.models().bgNbd());
        GammaGammaModel gg = new GammaGammaModel(modelled.models().gammaGamma());
        for (int i = 0; i < 50; i++) {
            int x = summaries.x()[i];
            double tx = summaries.tx()[i];
            double age = summaries.age()[i];
            assertThat(modelled.pAlive()[i]).isEqualTo(bg.probabilityAlive(x, tx, age));
            assertThat(modelled.expectedPurchases90()[i]).isEqualTo(bg.expectedPurchases(90, x, tx, age));
            assertThat(modelled.expectedPurchases365()[i]).isEqualTo(bg.expectedPurchases(365, x, tx, age));
            double spend = gg.expectedAverageSpend(x, summaries.zbar()[i]);
            double discounted = LifetimeValue.DEFAULT.discountedPurchases(bg, x, tx, age, PeriodUnit.DAYS);
            assertThat(modelled.clv()[i]).isCloseTo(spend * discounted, within(1e-9 * spend * discounted + 1e-12));
            // discounting only shrinks: CLV below undiscounted spend × E[Y(365)]
            assertThat(modelled.clv()[i]).isLessThanOrEqualTo(spend * modelled.expectedPurchases365()[i]);
        }
        assertThat(modelled.models().gate().repeatBuyers()).isEqualTo(summaries.repeatBuyers());
    }

    @Test
    void analysing_twice_gives_identical_results() {
        RfmSummaries summaries = BgNbdSimulator.withSpend(
                simulatedDays(3_000, 365, 8), new GammaGammaParameters(6, 4, 15), new SplittableRandom(9));
        var first = (ClvAnalysis.Modelled) ProbabilisticClv.analyze(summaries, ClvOptions.DEFAULT);
        var second = (ClvAnalysis.Modelled) ProbabilisticClv.analyze(summaries, ClvOptions.DEFAULT);
        assertThat(second.clv()).containsExactly(first.clv());
        assertThat(second.pAlive()).containsExactly(first.pAlive());
        assertThat(second.models().bgNbd()).isEqualTo(first.models().bgNbd());
    }

    @Test
    void churn_bands_follow_the_documented_cut_offs() {
        assertThat(ChurnBand.fromProbabilityAlive(0.7)).isEqualTo(ChurnBand.LOW);
        assertThat(ChurnBand.fromProbabilityAlive(0.6999)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(ChurnBand.fromProbabilityAlive(0.3)).isEqualTo(ChurnBand.MEDIUM);
        assertThat(ChurnBand.fromProbabilityAlive(0.2999)).isEqualTo(ChurnBand.HIGH);
    }

    @Test
    void segment_totals_sum_and_average_per_segment() {
        SegmentValue[] bySegment = SegmentValue.bySegment(new int[] {0, 1, 0, 2}, new double[] {10, 5, 30, 7}, 4);
        assertThat(bySegment[0]).isEqualTo(new SegmentValue(0, 2, 40));
        assertThat(bySegment[0].mean()).isEqualTo(20.0);
        assertThat(bySegment[3].customers()).isZero();
    }

    @Test
    void one_month_clv_with_zero_discount_is_spend_times_expected_purchases() {
        BgNbdModel model = new BgNbdModel(new BgNbdParameters(0.5, 30, 0.7, 3));
        LifetimeValue oneMonth = new LifetimeValue(365.0 / 12, 0.0);
        assertThat(oneMonth.steps()).isEqualTo(1);
        assertThat(oneMonth.discountedPurchases(model, 2, 40, 100, PeriodUnit.DAYS))
                .isCloseTo(model.expectedPurchases(365.0 / 12, 2, 40, 100), within(1e-12));
        // with 10 % a year, 12 steps: each month's purchases discounted by 1.1^(k/12)
        assertThat(LifetimeValue.DEFAULT.steps()).isEqualTo(12);
    }

    private static RfmSummaries simulatedDays(int customers, double maxAgeDays, long seed) {
        // CDNOW-like behaviour in days: α = 4.41 weeks ≈ 31 days
        return BgNbdSimulator.simulate(
                new BgNbdParameters(0.24, 31, 0.79, 2.43),
                customers,
                maxAgeDays,
                PeriodUnit.DAYS,
                true,
                new SplittableRandom(seed));
    }
}
