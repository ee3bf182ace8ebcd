package io.segbot.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.ingest.Importer;
import io.segbot.store.Database;
import io.segbot.store.DatasetInfo;
import io.segbot.store.DatasetRepository;
import java.nio.file.Paths;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A run computed by another engine (segbot-spark) is stored as an ordinary run of its own dataset. */
class ExternalRunTest {
    private static final String HASH = "ab".repeat(32);

    Database database;
    AnalysisService service;
    AnalysisService.Outcome computed;

    @BeforeEach
    void analyseTheSampleInProcess() {
        database = Database.inMemory("external-" + UUID.randomUUID());
        service = new AnalysisService(database, AnalysisServiceTest.CLOCK);
        new Importer(database).importTransactions(Importer.Request.of(Paths.get("data/sample_transactions.csv")));
        computed = service.analyze(new AnalysisService.Request(null, null, 0, 42, 365));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private long store(String name) {
        AnalysisService.ExternalDataset source = new AnalysisService.ExternalDataset(
                name,
                "spark",
                "hdfs://cluster/orders",
                HASH,
                7_000,
                computed.result().metrics().size(),
                computed.dataset().firstDate(),
                computed.dataset().lastDate(),
                computed.result().revenue());
        return service.storeExternal(
                source,
                computed.asOf(),
                new AnalysisService.Request(name, computed.asOf(), 0, 42, 365),
                computed.result(),
                "{\"used\":false,\"reason\":\"test\"}",
                Map.of("engine", "spark"));
    }

    @Test
    void the_run_and_its_dataset_header_are_stored_together_and_read_back_like_an_in_process_run() {
        long runId = store("orders-spark");
        RunRecords.Run run = service.runs().find(runId).orElseThrow();
        assertThat(run.dataset()).isEqualTo("orders-spark");
        assertThat(run.customers()).isEqualTo(computed.result().metrics().size());
        assertThat(run.parametersJson()).contains("\"engine\":\"spark\"").contains("\"seed\":42");
        assertThat(service.runs().segments(runId)).hasSameSizeAs(service.runs().segments(computed.runId()));
        DatasetInfo dataset =
                new DatasetRepository(database).findByName("orders-spark").orElseThrow();
        assertThat(dataset.kind()).isEqualTo("spark");
        assertThat(dataset.sourceFile()).isEqualTo("hdfs://cluster/orders");
        assertThat(dataset.rowsImported()).isEqualTo(7_000);
    }

    @Test
    void a_second_run_on_the_same_input_joins_its_dataset() {
        long first = store("orders-spark");
        long second = store("orders-spark");
        assertThat(service.runs().find(second).orElseThrow().datasetId())
                .isEqualTo(service.runs().find(first).orElseThrow().datasetId());
    }

    @Test
    void a_name_taken_by_an_imported_dataset_is_refused_with_the_option_to_use() {
        assertThatThrownBy(() -> store("sample_transactions"))
                .isInstanceOf(AnalysisException.class)
                .hasMessageContaining("already holds an imported transactions file")
                .hasMessageContaining("--dataset NAME");
    }
}
