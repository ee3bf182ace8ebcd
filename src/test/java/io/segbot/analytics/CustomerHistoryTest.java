package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerHistoryTest {
    static final LocalDate D1 = LocalDate.of(2024, 1, 10);

    @Test
    void lines_of_one_order_count_once_and_orders_sort_by_date() {
        List<Purchase> rows = List.of(
                new Purchase("7", "B", D1.plusDays(5), 30),
                new Purchase("7", "A", D1, 10),
                new Purchase("8", "X", D1, 5),
                new Purchase("7", "A", D1, 15)); // a second line of order A, not adjacent
        CustomerHistory history = CustomerHistory.of(PurchaseColumns.of(rows));
        assertThat(history.customerIds()).containsExactly("7", "8");
        assertThat(history.orders(0)).isEqualTo(2);
        assertThat(history.orderDay()[0]).isEqualTo((int) D1.toEpochDay());
        assertThat(history.orderAmount()[0]).isEqualTo(25.0);
        assertThat(history.orderAmount()[1]).isEqualTo(30.0);
    }

    @Test
    void metrics_measure_recency_in_whole_days_to_the_as_of_date() {
        List<Purchase> rows = List.of(new Purchase("7", "A", D1, 10), new Purchase("7", "B", D1.plusDays(5), 30));
        CustomerMetrics metrics = CustomerMetrics.of(CustomerHistory.of(PurchaseColumns.of(rows)), D1.plusDays(6));
        assertThat(metrics.recencyDays()).containsExactly(1);
        assertThat(metrics.frequency()).containsExactly(2);
        assertThat(metrics.monetary()).containsExactly(40.0);
    }

    @Test
    void an_order_after_the_as_of_date_is_refused() {
        List<Purchase> rows = List.of(new Purchase("7", "A", D1, 10));
        CustomerHistory history = CustomerHistory.of(PurchaseColumns.of(rows));
        assertThatThrownBy(() -> CustomerMetrics.of(history, D1.minusDays(1)))
                .hasMessageContaining("after the as-of date");
    }
}
