package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.segbot.analytics.Purchase;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoldoutValidationTest {

    @Test
    void cdnow_holdout_counts_every_distinct_purchase_day_by_calibration_frequency() {
        RfmSummaries calibration = Cdnow.weeklySummaries();
        BgNbdModel model = new BgNbdModel(BgNbdFitter.fit(calibration).parametersOrThrow());
        HoldoutValidation check =
                HoldoutValidation.of(Cdnow.sample(), calibration, Cdnow.CALIBRATION_END, Cdnow.HOLDOUT_END, model);
        // awk '$3>19970930 && $3<=19980630 {print $2" "$3}' CDNOW_sample.txt | sort -u | wc -l  -> 1882
        assertThat(check.actualTotal()).isEqualTo(1882);
        // group sizes by x in cdnow_customers_summary_with_transactions.csv (awk on column 2)
        assertThat(check.groups())
                .extracting(HoldoutValidation.Group::customers)
                .containsExactly(1411, 439, 214, 100, 62, 38, 29, 64);
        assertThat(check.groups().get(7).label()).isEqualTo("7+");
        // the example customer of FHL 2005 is one term of the predicted total: prediction is per customer
        double sum = 0;
        for (int i = 0; i < calibration.size(); i++) {
            sum += model.expectedPurchases(
                    39, calibration.x()[i], calibration.tx()[i], calibration.age()[i]);
        }
        assertThat(check.predictedTotal()).isCloseTo(sum, within(1e-9));
    }

    @Test
    void same_day_holdout_purchases_count_once_and_purchases_outside_the_window_not_at_all() {
        LocalDate end = LocalDate.of(2024, 3, 31);
        List<Purchase> purchases = List.of(
                new Purchase("a", "1", LocalDate.of(2024, 1, 1), 10),
                new Purchase("a", "2", LocalDate.of(2024, 3, 31), 10), // calibration (inclusive end)
                new Purchase("a", "3", LocalDate.of(2024, 4, 2), 10),
                new Purchase("a", "4", LocalDate.of(2024, 4, 2), 5),
                new Purchase("a", "5", LocalDate.of(2024, 4, 30), 10),
                new Purchase("a", "6", LocalDate.of(2024, 5, 2), 10), // after holdout end
                new Purchase("new", "7", LocalDate.of(2024, 4, 5), 10)); // not a calibration customer
        RfmSummaries calibration = RfmSummaryBuilder.fromPurchases(purchases, end, PeriodUnit.DAYS);
        BgNbdModel model = new BgNbdModel(new BgNbdParameters(0.5, 20, 0.7, 3));
        HoldoutValidation check = HoldoutValidation.of(purchases, calibration, end, LocalDate.of(2024, 4, 30), model);
        assertThat(check.customers()).isEqualTo(1);
        assertThat(check.actualTotal()).isEqualTo(2);
        assertThat(check.groups().get(1).actual()).isEqualTo(2);
        assertThat(check.predictedTotal()).isCloseTo(model.expectedPurchases(30, 1, 90, 90), within(1e-12));
    }
}
