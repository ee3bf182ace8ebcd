package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A dozen customers scored by hand. Type-7 quintile edges of the recencies 1, 3, 5, 10, 20, 30, 45,
 * 60, 90, 120, 200, 365 are 6, 24, 54 and 114 days; of the monetary values 10 … 1000 (sorted: 10, 15,
 * 20, 25, 50, 60, 80, 150, 300, 600, 900, 1000) they are 21, 54, 122 and 540. F ranks by (frequency,
 * id): F = 1 + floor(5 * rank / 12).
 */
class RfmScoresTest {
    static final String[] IDS = {"C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12"};
    static final int[] RECENCY = {1, 3, 5, 10, 20, 30, 45, 60, 90, 120, 200, 365};
    static final int[] FREQUENCY = {10, 1, 4, 2, 1, 6, 2, 1, 3, 8, 1, 2};
    static final double[] MONETARY = {1000, 20, 300, 50, 15, 600, 80, 25, 150, 900, 10, 60};

    static CustomerMetrics dozen() {
        return new CustomerMetrics(IDS, RECENCY, FREQUENCY, MONETARY, null, null);
    }

    @Test
    void quintile_edges_match_the_hand_computed_type_7_quantiles() {
        RfmScores scores = RfmScores.of(dozen());
        assertThat(scores.recencyEdges()).containsExactly(6.0, 24.0, 54.0, 114.0);
        assertThat(scores.monetaryEdges()).usingComparatorWithPrecision(1e-9).containsExactly(21.0, 54.0, 122.0, 540.0);
    }

    @Test
    void most_recent_quintile_gets_r_5_and_oldest_gets_r_1() {
        assertThat(toInts(RfmScores.of(dozen()).r())).containsExactly(5, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 1);
    }

    @Test
    void frequency_ties_are_broken_by_customer_id() {
        // freq 1: C02, C05, C08, C11 take ranks 0..3; freq 2: C04, C07, C12 ranks 4..6; then C09, C03, C06, C10, C01
        assertThat(toInts(RfmScores.of(dozen()).f())).containsExactly(5, 1, 4, 2, 1, 4, 3, 1, 3, 5, 2, 3);
    }

    @Test
    void monetary_on_an_edge_stays_in_the_lower_bin() {
        assertThat(toInts(RfmScores.of(dozen()).m())).containsExactly(5, 1, 4, 2, 1, 5, 3, 2, 4, 5, 1, 3);
    }

    @Test
    void segments_follow_the_ten_segment_map() {
        RfmScores scores = RfmScores.of(dozen());
        assertThat(Arrays.stream(scores.segment()).map(RfmSegment::label))
                .containsExactly(
                        "Champions",
                        "New Customers",
                        "Champions",
                        "Potential Loyalists",
                        "Promising",
                        "Loyal Customers",
                        "Need Attention",
                        "Hibernating",
                        "At Risk",
                        "Can't Lose Them",
                        "Hibernating",
                        "At Risk");
    }

    @Test
    void normalised_score_runs_from_0_to_100() {
        RfmScores scores = RfmScores.of(dozen());
        assertThat(scores.score100()[0]).isEqualTo(100.0); // C01: 5, 5, 5
        assertThat(scores.score100()[10]).isCloseTo(100.0 / 12, within(1e-9)); // C11: 1, 2, 1
    }

    @Test
    void equal_values_always_share_a_score() {
        CustomerMetrics tied = new CustomerMetrics(
                new String[] {"a", "b", "c", "d", "e", "f"},
                new int[] {10, 10, 10, 10, 10, 10},
                new int[] {1, 1, 1, 1, 1, 1},
                new double[] {50, 50, 50, 50, 50, 50},
                null,
                null);
        RfmScores scores = RfmScores.of(tied);
        assertThat(toInts(scores.r())).containsOnly(5);
        assertThat(toInts(scores.m())).containsOnly(1);
    }

    @Test
    void fewer_than_five_customers_still_get_scores_1_to_5() {
        CustomerMetrics three = new CustomerMetrics(
                new String[] {"1", "2", "3"},
                new int[] {5, 50, 500},
                new int[] {3, 2, 1},
                new double[] {300, 200, 100},
                null,
                null);
        RfmScores scores = RfmScores.of(three);
        // edges of 5, 50, 500 at p = .2/.4/.6/.8 are 23, 41, 140, 320
        assertThat(toInts(scores.r())).containsExactly(5, 3, 1);
        // F ranks 2, 1, 0 of 3: 1 + floor(5 * rank / 3) = 4, 2, 1
        assertThat(toInts(scores.f())).containsExactly(4, 2, 1);
        assertThat(toInts(scores.m())).containsExactly(5, 3, 1);
    }

    @Test
    void a_single_customer_is_scored_without_error() {
        CustomerMetrics one = new CustomerMetrics(
                new String[] {"17850"}, new int[] {3}, new int[] {2}, new double[] {99.5}, null, null);
        RfmScores scores = RfmScores.of(one);
        assertThat(scores.r()[0]).isEqualTo((byte) 5);
        assertThat(scores.f()[0]).isEqualTo((byte) 1);
        assertThat(scores.m()[0]).isEqualTo((byte) 1);
        assertThat(scores.segment()[0]).isEqualTo(RfmSegment.NEW_CUSTOMERS);
    }

    @Test
    void numeric_ids_compare_as_numbers() {
        assertThat(RfmScores.compareIds("9", "10")).isNegative();
        assertThat(RfmScores.compareIds("abc", "abd")).isNegative();
    }

    @Test
    void frequency_ties_are_ranked_by_id_in_numeric_order_when_the_ids_are_not_sorted() {
        // frequencies 2, 1, 2, 1 with ids 10, 9, 100, 11: (1, 9) (1, 11) (2, 10) (2, 100)
        int[] rank = RfmScores.frequencyRanks(new int[] {2, 1, 2, 1}, new String[] {"10", "9", "100", "11"});
        assertThat(rank).containsExactly(2, 0, 3, 1);
    }

    @Test
    void frequency_ranks_equal_a_comparator_sort_for_every_kind_of_id() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        int n = 5_000;
        String[] sorted = new String[n];
        String[] shuffled = new String[n];
        String[] text = new String[n];
        String[] mixed = new String[n];
        String[] long19 = new String[n];
        for (int c = 0; c < n; c++) {
            sorted[c] = Integer.toString(12_346 + 3 * c);
            shuffled[c] = Long.toString(random.nextLong(1, 1L << 40) * n + c);
            text[c] = "C" + random.nextInt(1_000_000) + "-" + c;
            mixed[c] = c % 3 == 0 ? "x" + c : Integer.toString(c + 1);
            long19[c] = "1" + String.format("%018d", random.nextLong(1L << 50) * n + c);
        }
        int[] small = new int[n];
        int[] huge = new int[n];
        for (int c = 0; c < n; c++) {
            small[c] = 1 + random.nextInt(6);
            huge[c] = random.nextInt(3) == 0 ? Integer.MAX_VALUE - random.nextInt(3) : random.nextInt(4);
        }
        for (String[] ids : new String[][] {sorted, shuffled, text, mixed, long19}) {
            for (int[] frequency : new int[][] {small, huge}) {
                assertThat(RfmScores.frequencyRanks(frequency, ids)).isEqualTo(referenceRanks(frequency, ids));
            }
        }
    }

    /** The rank by (frequency, id) from one comparator sort of boxed indexes, as RFM always ranked. */
    private static int[] referenceRanks(int[] frequency, String[] ids) {
        Integer[] order = new Integer[ids.length];
        java.util.Arrays.setAll(order, c -> c);
        java.util.Arrays.sort(
                order,
                (a, b) -> frequency[a] != frequency[b]
                        ? Integer.compare(frequency[a], frequency[b])
                        : RfmScores.compareIds(ids[a], ids[b]));
        int[] rank = new int[ids.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    static int[] toInts(byte[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
