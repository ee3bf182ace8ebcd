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
    void a_customer_with_many_interleaved_order_lines_gets_each_order_once() {
        // 60 lines of orders A..E in turn: each order has 12 lines of 1.0 .. 12.0 (sum 78), dated at
        // its earliest line; 60 lines take the primitive sort, not the short insertion sort
        java.util.ArrayList<Purchase> rows = new java.util.ArrayList<>();
        for (int line = 0; line < 60; line++) {
            String order = String.valueOf((char) ('A' + line % 5));
            rows.add(new Purchase("9", order, D1.plusDays(60 - line), 1 + line / 5));
        }
        CustomerHistory history = CustomerHistory.of(PurchaseColumns.of(rows));
        assertThat(history.orders(0)).isEqualTo(5);
        assertThat(history.orderAmount()).containsOnly(78.0);
        // order E's earliest line is line 59 (day D1 + 1), order A's is line 55 (D1 + 5): sorted by day
        assertThat(history.orderDay()[0]).isEqualTo((int) D1.plusDays(1).toEpochDay());
        assertThat(history.orderDay()[4]).isEqualTo((int) D1.plusDays(5).toEpochDay());
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

    @Test
    void customers_in_several_chunks_grouped_or_interleaved_get_the_orders_a_per_customer_merge_gives() {
        // three chunks of customers; each customer's rows have order keys 0..3 (some repeated: lines
        // of one order), days and amounts from a seeded generator; once in file order, once shuffled
        java.util.SplittableRandom random = new java.util.SplittableRandom(17);
        int customers = 2 * CustomerHistory.CHUNK + 1_000;
        java.util.List<int[]> grouped = new java.util.ArrayList<>();
        for (int c = 0; c < customers; c++) {
            for (int line = 0, lines = 1 + random.nextInt(4); line < lines; line++) {
                grouped.add(new int[] {c, random.nextInt(4), 19_000 + random.nextInt(700), 1 + random.nextInt(50)});
            }
        }
        java.util.List<int[]> shuffled = new java.util.ArrayList<>(grouped);
        java.util.Collections.shuffle(shuffled, new java.util.Random(3));
        for (java.util.List<int[]> rows : java.util.List.of(grouped, shuffled)) {
            PurchaseColumns.Builder builder = new PurchaseColumns.Builder(rows.size());
            for (int c = 0; c < customers; c++) {
                builder.customer(c, "c" + c);
            }
            // per customer: order key -> {earliest day, summed amount}, as the merge defines an order
            java.util.List<java.util.TreeMap<Integer, double[]>> expected = new java.util.ArrayList<>();
            for (int c = 0; c < customers; c++) {
                expected.add(new java.util.TreeMap<>());
            }
            for (int[] row : rows) {
                builder.add(row[0], row[1], row[2], row[3]);
                expected.get(row[0]).merge(row[1], new double[] {row[2], row[3]}, (a, b) ->
                        new double[] {Math.min(a[0], b[0]), a[1] + b[1]});
            }
            CustomerHistory history = CustomerHistory.of(builder.build());
            for (int c = 0; c < customers; c++) {
                java.util.List<String> want = expected.get(c).values().stream()
                        .sorted(java.util.Comparator.comparingDouble(o -> o[0]))
                        .map(o -> (int) o[0] + " " + o[1])
                        .toList();
                java.util.List<String> got = new java.util.ArrayList<>();
                for (int k = history.offsets()[c]; k < history.offsets()[c + 1]; k++) {
                    got.add(history.orderDay()[k] + " " + history.orderAmount()[k]);
                }
                assertThat(got).as("customer %d", c).containsExactlyInAnyOrderElementsOf(want);
                assertThat(got)
                        .as("customer %d sorted by day", c)
                        .isSortedAccordingTo(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.split(" ")[0])));
            }
        }
    }
}
