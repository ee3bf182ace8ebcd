package io.segbot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segbot.ingest.Importer;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine against the in-process engine on the same file: one in-process run of the
 * imported file, one Spark run of the file itself, both stored in one database and read back the
 * way chat and reports read them.
 */
class SparkParityTest {
    private static final int CUSTOMERS = 3_000;
    private static final long SEED = 42;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Database database;
    private static RunRepository runs;
    private static long inProcessRun;
    private static long sparkRun;

    @BeforeAll
    static void analyseTheFixtureBothWays() {
        Path file = Fixture.write(folder, CUSTOMERS, 7);
        database = Database.inMemory("parity-" + UUID.randomUUID());
        runs = new RunRepository(database);
        new Importer(database).importTransactions(Importer.Request.of(file));
        inProcessRun = new AnalysisService(database, Clock.systemUTC())
                .analyze(new AnalysisService.Request("orders", null, 0, SEED, 365))
                .runId();
        sparkRun = SparkAnalysis.run(
                SharedSpark.session(),
                new SparkAnalysis.Request(file.toString(), "orders-spark", null, 0, SEED, 365),
                database,
                Clock.systemUTC(),
                (step, label) -> System.out.printf(
                        "step %d/%d %s (%d ms)%n",
                        step, StageProgress.STEPS, label, System.currentTimeMillis() % 1_000_000));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void every_customer_gets_the_same_rfm_scores_segment_tier_churn_band_and_rule_based_clv() {
        Map<String, RunRecords.Customer> local = customers(inProcessRun);
        Map<String, RunRecords.Customer> spark = customers(sparkRun);
        assertThat(spark).hasSize(CUSTOMERS);
        assertThat(spark.keySet()).isEqualTo(local.keySet());
        for (RunRecords.Customer expected : local.values()) {
            RunRecords.Customer actual = spark.get(expected.customerId());
            String who = "customer " + expected.customerId();
            assertThat(actual.recencyDays()).as(who).isEqualTo(expected.recencyDays());
            assertThat(actual.frequency()).as(who).isEqualTo(expected.frequency());
            assertThat(actual.monetary()).as(who).isEqualTo(expected.monetary());
            assertThat(new int[] {actual.r(), actual.f(), actual.m()})
                    .as(who)
                    .containsExactly(expected.r(), expected.f(), expected.m());
            assertThat(actual.rfmSegment()).as(who).isEqualTo(expected.rfmSegment());
            assertThat(actual.valueTier()).as(who).isEqualTo(expected.valueTier());
            assertThat(actual.churnRisk()).as(who).isEqualTo(expected.churnRisk());
            assertThat(actual.clvIndex()).as(who).isEqualTo(expected.clvIndex());
            assertThat(actual.clvHorizon()).as(who).isEqualTo(expected.clvHorizon());
            assertThat(actual.pAlive()).as(who).isCloseTo(expected.pAlive(), within(1e-9));
            assertThat(actual.predictedClv()).as(who).isCloseTo(expected.predictedClv(), within(1e-6));
        }
    }

    @Test
    void the_rfm_edges_are_the_in_process_type_7_edges() throws Exception {
        JsonNode local = JSON.readTree(run(inProcessRun).parametersJson());
        JsonNode spark = JSON.readTree(run(sparkRun).parametersJson());
        assertThat(spark.get("recency_edges")).isEqualTo(local.get("recency_edges"));
        assertThat(spark.get("monetary_edges")).isEqualTo(local.get("monetary_edges"));
        assertThat(spark.get("engine").asText()).isEqualTo("spark");
        assertThat(spark.get("silhouette_distance").asText()).contains("squared Euclidean");
    }

    @Test
    void bg_nbd_fitted_on_grouped_triples_matches_the_in_process_fit_to_1e_6() throws Exception {
        JsonNode local = JSON.readTree(run(inProcessRun).modelJson());
        JsonNode spark = JSON.readTree(run(sparkRun).modelJson());
        assertThat(spark.get("used").asBoolean()).as(spark.toString()).isTrue();
        for (String parameter : new String[] {"r", "alpha", "a", "b"}) {
            assertThat(spark.get("bgnbd").get(parameter).asDouble())
                    .as(parameter)
                    .isCloseTo(local.get("bgnbd").get(parameter).asDouble(), within(1e-6));
        }
        // Fewer repeat buyers than the sample limit: Gamma-Gamma sees all of them in both engines.
        assertThat(spark.get("gamma_gamma").get("customers").asInt())
                .isEqualTo(local.get("gamma_gamma").get("customers").asInt());
        for (String parameter : new String[] {"p", "q", "gamma"}) {
            assertThat(spark.get("gamma_gamma").get(parameter).asDouble())
                    .as(parameter)
                    .isCloseTo(local.get("gamma_gamma").get(parameter).asDouble(), within(1e-6));
        }
    }

    /**
     * MLlib's k-means|| and the in-process k-means++ start differently, so sizes are compared with a
     * tolerance: the same k, and each cluster (both numbered by mean spend) within 2 % of the
     * customers of its in-process size.
     */
    @Test
    void mllib_k_means_finds_the_same_number_of_clusters_of_nearly_the_same_sizes() {
        RunRecords.Run local = run(inProcessRun);
        RunRecords.Run spark = run(sparkRun);
        assertThat(spark.k()).isEqualTo(local.k());
        Map<Integer, Integer> localSizes = sizes(inProcessRun);
        Map<Integer, Integer> sparkSizes = sizes(sparkRun);
        assertThat(sparkSizes.keySet()).isEqualTo(localSizes.keySet());
        for (int cluster : localSizes.keySet()) {
            assertThat(sparkSizes.get(cluster))
                    .as("cluster " + cluster)
                    .isCloseTo(localSizes.get(cluster), within(CUSTOMERS / 50));
        }
    }

    @Test
    void the_spark_run_is_an_ordinary_run_with_the_same_rfm_segment_profiles() {
        RunRecords.Run spark = run(sparkRun);
        assertThat(spark.dataset()).isEqualTo("orders-spark");
        assertThat(spark.customers()).isEqualTo(CUSTOMERS);
        assertThat(spark.revenue()).isCloseTo(run(inProcessRun).revenue(), within(1e-6));
        assertThat(rfmProfiles(sparkRun)).isEqualTo(rfmProfiles(inProcessRun));
    }

    /** Each RFM segment's label, customers and churn bands, in the stored order. */
    private static java.util.List<String> rfmProfiles(long run) {
        return runs.segments(run).stream()
                .filter(s -> s.family().equals("rfm"))
                .map(s -> s.label() + ": " + s.customers() + " customers, churn " + s.churnLow() + "/" + s.churnMedium()
                        + "/" + s.churnHigh())
                .toList();
    }

    private static RunRecords.Run run(long id) {
        return runs.find(id).orElseThrow();
    }

    private static Map<String, RunRecords.Customer> customers(long run) {
        Map<String, RunRecords.Customer> out = new HashMap<>();
        runs.forEachCustomer(run, null, null, c -> out.put(c.customerId(), c));
        return out;
    }

    private static Map<Integer, Integer> sizes(long run) {
        Map<Integer, Integer> out = new TreeMap<>();
        runs.forEachCustomer(run, null, null, c -> out.merge(c.cluster(), 1, Integer::sum));
        return out;
    }
}
