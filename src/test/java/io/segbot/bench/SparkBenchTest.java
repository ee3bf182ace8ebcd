package io.segbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crossover estimate of bench analytics --engine spark, from stage timings a person can redo. */
class SparkBenchTest {

    @Test
    void with_60_s_of_parallel_work_on_2_cores_and_10_s_of_the_rest_spark_matches_30_s_on_6_cores() {
        Map<String, Double> steps = new LinkedHashMap<>();
        steps.put("start+stop", 6.0);
        steps.put("1 reading", 40.0);
        steps.put("2 grouping orders by customer", 20.0);
        steps.put("7 collecting to the driver", 4.0);
        steps.put("total", 70.0);
        // 2 cores x 60 s / (30 s - 10 s) = 6 cores
        assertThat(SparkBench.crossover(steps, 30))
                .contains("took 60.0 s on 2 cores, the rest")
                .contains("10.0 s;")
                .endsWith("Spark would match the in-process 30.0 s with about 6 cores (2 workers of 4 cores), if the"
                        + " parallel steps scaled linearly");
    }

    @Test
    void when_the_part_that_does_not_spread_exceeds_the_in_process_time_no_cluster_helps() {
        Map<String, Double> steps = Map.of("start+stop", 26.1, "1 reading", 23.9, "6 clustering", 14.6);
        assertThat(SparkBench.crossover(steps, 17.2))
                .endsWith("the rest alone exceeds the in-process 17.2 s, so at this size no cluster makes Spark faster;"
                        + " it pays only for data one machine cannot hold");
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(SparkBench.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(SparkBench.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }
}
