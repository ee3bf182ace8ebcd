package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.analytics.Purchase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmSummaryBuilderTest {
    private static final LocalDate END = LocalDate.of(2024, 1, 31);

    private static Purchase buy(String customer, String date, double amount) {
        return new Purchase(customer, customer + date + amount, LocalDate.parse(date), amount);
    }

    @Test
    void summary_of_cdnow_sample_reproduces_the_published_file_row_for_row() {
        List<String[]> published = Cdnow.publishedSummaryRows();
        RfmSummaries ours = Cdnow.weeklySummaries();
        assertThat(ours.size()).isEqualTo(2357).isEqualTo(published.size());
        for (int i = 0; i < published.size(); i++) {
            String[] row = published.get(i);
            String mine = String.join(
                    ",",
                    ours.customerIds()[i],
                    Integer.toString(ours.x()[i]),
                    twoDecimals(ours.tx()[i]),
                    twoDecimals(ours.age()[i]),
                    twoDecimals(ours.zbar()[i]));
            assertThat(mine).as("row %d", i + 1).isEqualTo(String.join(",", row));
        }
    }

    /**
     * Half-up to 2 decimals as the published file does. The value is first rounded to 9 decimals so
     * binary noise in a mean such as (29.73 + 14.96) / 2 = 22.345 cannot push it below the half.
     */
    private static String twoDecimals(double value) {
        return new BigDecimal(value)
                .setScale(9, RoundingMode.HALF_EVEN)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Test
    void same_day_purchases_are_one_purchase_and_the_first_day_is_not_repeat_spend() {
        List<Purchase> purchases = List.of(
                buy("c", "2024-01-01", 10),
                buy("c", "2024-01-01", 5),
                buy("c", "2024-01-08", 20),
                buy("c", "2024-01-08", 4),
                buy("c", "2024-01-15", 30));
        RfmSummary c =
                RfmSummaryBuilder.fromPurchases(purchases, END, PeriodUnit.DAYS).get(0);
        // days 1, 8, 15 -> x = 2; repeat days spend 24 and 30 -> zbar 27; t_x = 14; T = 30
        assertThat(c).isEqualTo(new RfmSummary("c", 2, 14, 30, 27));
    }

    @Test
    void purchases_after_calibration_end_are_ignored_and_late_customers_left_out() {
        List<Purchase> purchases = List.of(
                buy("a", "2024-01-03", 10),
                buy("a", "2024-02-01", 99),
                buy("late", "2024-02-02", 7),
                buy("a", "2024-01-31", 8));
        RfmSummaries summaries = RfmSummaryBuilder.fromPurchases(purchases, END, PeriodUnit.WEEKS);
        assertThat(summaries.size()).isEqualTo(1);
        // out-of-order input is sorted: first 01-03, last 01-31 (inclusive end): 28 days = 4 weeks
        assertThat(summaries.get(0)).isEqualTo(new RfmSummary("a", 1, 4, 4, 8));
    }

    @Test
    void array_entry_point_agrees_with_the_record_entry_point() {
        List<Purchase> purchases = new ArrayList<>();
        purchases.add(buy("a", "2024-01-02", 3));
        purchases.add(buy("a", "2024-01-09", 4));
        purchases.add(buy("b", "2024-01-20", 5));
        RfmSummaries fromArrays = RfmSummaryBuilder.fromSortedDays(
                new String[] {"a", "b"},
                new int[] {0, 2, 3},
                new int[] {day("2024-01-02"), day("2024-01-09"), day("2024-01-20")},
                new double[] {3, 4, 5},
                END,
                PeriodUnit.DAYS);
        RfmSummaries fromRecords = RfmSummaryBuilder.fromPurchases(purchases, END, PeriodUnit.DAYS);
        assertThat(fromArrays.get(0)).isEqualTo(fromRecords.get(0)).isEqualTo(new RfmSummary("a", 1, 7, 29, 4));
        assertThat(fromArrays.get(1)).isEqualTo(fromRecords.get(1)).isEqualTo(new RfmSummary("b", 0, 0, 11, 0));
    }

    @Test
    void array_entry_point_names_the_customer_whose_days_are_unsorted() {
        assertThatThrownBy(() -> RfmSummaryBuilder.fromSortedDays(
                        new String[] {"zed"},
                        new int[] {0, 2},
                        new int[] {20, 10},
                        new double[] {1, 1},
                        END,
                        PeriodUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer zed");
    }

    @Test
    void long_unsorted_histories_are_sorted_correctly() {
        List<Purchase> purchases = new ArrayList<>();
        for (int d = 40; d >= 1; d--) {
            purchases.add(buy("z", LocalDate.of(2023, 12, 1).plusDays(d).toString(), d));
        }
        RfmSummary z =
                RfmSummaryBuilder.fromPurchases(purchases, END, PeriodUnit.DAYS).get(0);
        // days 2023-12-02 .. 2024-01-10: 40 distinct days, repeat spend 2 + ... + 40 = 819 over 39
        assertThat(z).isEqualTo(new RfmSummary("z", 39, 39, 60, 819.0 / 39));
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }
}
