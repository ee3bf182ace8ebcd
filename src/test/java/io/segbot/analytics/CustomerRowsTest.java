package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerRowsTest {
    @Test
    void offsets_group_rows_by_customer_with_a_counting_sort() {
        // customers of rows: 2, 0, 2, 1, 2 → customer 0 owns 1 row, customer 1 one, customer 2 three
        assertThat(CustomerRows.offsets(new int[] {2, 0, 2, 1, 2, 9}, 5, 3)).containsExactly(0, 1, 2, 5);
    }

    @Test
    void a_short_run_is_sorted_by_day_stably_with_its_amounts() {
        int[] day = {5, 3, 5, 1};
        double[] amount = {50, 30, 51, 10};
        CustomerRows.sortByDay(day, amount, 0, 4);
        assertThat(day).containsExactly(1, 3, 5, 5);
        assertThat(amount).containsExactly(10, 30, 50, 51);
    }

    @Test
    void a_long_unsorted_run_takes_the_packed_key_sort_and_gives_the_same_stable_order() {
        int n = 40;
        int[] day = new int[n];
        double[] amount = new double[n];
        for (int i = 0; i < n; i++) {
            day[i] = (n - i) / 2 - 5; // descending, pairs of equal days, some negative epoch days
            amount[i] = i;
        }
        CustomerRows.sortByDay(day, amount, 0, n);
        for (int i = 1; i < n; i++) {
            assertThat(day[i]).isGreaterThanOrEqualTo(day[i - 1]);
            if (day[i] == day[i - 1]) {
                assertThat(amount[i]).isGreaterThan(amount[i - 1]); // equal days keep their input order
            }
        }
        assertThat(day[0]).isEqualTo(-5);
        assertThat(amount[0]).isEqualTo(39);
    }
}
