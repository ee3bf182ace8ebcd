package io.segbot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    /**
     * Three behaviour groups of 200 customers: recent frequent big spenders, mid-recency occasional
     * buyers, long-lapsed one-timers. Distinct enough that silhouette must pick k = 3.
     */
    static CustomerMetrics threeGroups() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 600;
        String[] ids = new String[n];
        int[] recency = new int[n];
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Integer.toString(1000 + i);
            int group = i / 200;
            recency[i] = switch (group) {
                case 0 -> 5 + random.nextInt(10);
                case 1 -> 150 + random.nextInt(20);
                default -> 600 + random.nextInt(30);
            };
            frequency[i] = switch (group) {
                case 0 -> 40 + random.nextInt(10);
                case 1 -> 6 + random.nextInt(2);
                default -> 1;
            };
            monetary[i] = switch (group) {
                case 0 -> 5000 + random.nextInt(500);
                case 1 -> 400 + random.nextInt(50);
                default -> 20 + random.nextInt(5);
            };
        }
        return new CustomerMetrics(ids, recency, frequency, monetary, null, null);
    }

    @Test
    void automatic_k_recovers_three_known_groups() {
        Clustering.Outcome outcome = Clustering.run(threeGroups(), Clustering.Options.auto(42));
        assertThat(outcome.k()).isEqualTo(3);
        assertThat(outcome.silhouetteByK()).containsOnlyKeys(2, 3, 4, 5, 6, 7, 8);
        // clusters are numbered by mean monetary value: group 0 (big spenders) is cluster 0
        assertThat(outcome.assignment()[0]).isZero();
        assertThat(outcome.assignment()[250]).isEqualTo(1);
        assertThat(outcome.assignment()[599]).isEqualTo(2);
    }

    @Test
    void the_same_seed_gives_the_same_segments() {
        Clustering.Outcome a = Clustering.run(threeGroups(), Clustering.Options.auto(7));
        Clustering.Outcome b = Clustering.run(threeGroups(), Clustering.Options.auto(7));
        assertThat(b.assignment()).containsExactly(a.assignment());
        assertThat(b.silhouette()).isEqualTo(a.silhouette());
    }

    @Test
    void fixed_k_is_respected_and_too_large_k_is_refused() {
        assertThat(Clustering.run(threeGroups(), Clustering.Options.fixed(5, 1)).k())
                .isEqualTo(5);
        assertThatThrownBy(() -> Clustering.run(RfmScoresTest.dozen(), Clustering.Options.fixed(13, 1)))
                .hasMessageContaining("more clusters than the 12 customers");
    }

    @Test
    void cluster_labels_come_from_the_mean_rfm_scores() {
        CustomerMetrics metrics = threeGroups();
        Clustering.Outcome outcome = Clustering.run(metrics, Clustering.Options.auto(42));
        String[] labels = ClusterLabels.of(outcome.k(), outcome.assignment(), RfmScores.of(metrics));
        // group 0: recent and most frequent (R 5, F 4.5 -> 5); group 2: oldest one-timers (R 1, F 1)
        assertThat(labels[0]).isEqualTo("Champions");
        assertThat(labels[2]).isEqualTo("Hibernating");
    }

    @Test
    void duplicate_labels_are_told_apart_by_spend() {
        // ten identical customers: R = 5 for all, F by id rank = 1 1 2 2 3 3 4 4 5 5.
        // cluster 0 = customers 0 and 9 (F 1, 5), cluster 1 = customers 4 and 5 (F 3, 3), cluster 2 = the
        // rest (F 1, 2, 2, 4, 4, 5): every mean F is 3, so all three are R5/F3, named in cluster order
        String[] ids = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        int[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        double[] money = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        CustomerMetrics metrics = new CustomerMetrics(ids, ones, ones, money, null, null);
        int[] assignment = {0, 2, 2, 2, 1, 1, 2, 2, 2, 0};
        String[] labels = ClusterLabels.of(3, assignment, RfmScores.of(metrics));
        assertThat(labels[0]).isEqualTo("Potential Loyalists (high spend)");
        assertThat(labels[1]).isEqualTo("Potential Loyalists (mid spend)");
        assertThat(labels[2]).isEqualTo("Potential Loyalists (low spend)");
    }
}
