package io.segbot.mecerun;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.ingest.Importer;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.MeceConfig;
import io.segbot.mece.MeceConfigYaml;
import io.segbot.store.Database;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeceServiceTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    private Database database;
    private MeceService service;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        database = Database.inMemory("mece-" + UUID.randomUUID());
        service = new MeceService(database, Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC));
        file = dir.resolve("cart.csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CartCsv.write(CartAbandonerGenerator.generate(3_000, 42, AS_OF, true), writer);
        }
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void a_run_on_the_imported_dataset_equals_a_run_on_the_file_and_is_stored_whole() {
        CartAbandonerImport.importFile(database, Importer.Request.of(file), AS_OF);

        MeceService.Outcome fromStore =
                service.run(new MeceService.Request("cart", null, AS_OF, MeceConfig.defaults()));
        MeceService.Outcome fromFile = service.run(new MeceService.Request(null, file, AS_OF, MeceConfig.defaults()));

        assertThat(fromStore.run().segments()).isEqualTo(fromFile.run().segments());
        assertThat(fromStore.run().thresholds()).isEqualTo(fromFile.run().thresholds());
        MeceRunRepository runs = new MeceRunRepository(database);
        MeceRunRecords.Run stored = runs.find(fromStore.runId()).orElseThrow();
        assertThat(stored.status()).isEqualTo("ok");
        assertThat(stored.universe()).isEqualTo(fromStore.run().universe().universe());
        assertThat(stored.datasetId()).isNotNull();
        assertThat(stored.proofJson()).contains("\"passed\":true");
        assertThat(runs.segments(fromStore.runId()))
                .extracting(MeceRunRecords.Segment::segment)
                .containsExactlyElementsOf(fromStore.run().segments().stream()
                        .map(s -> s.segment())
                        .toList());
        assertThat(runs.buckets(fromStore.runId())).hasSize(36);
        List<MeceRunRecords.Assignment> assigned = new ArrayList<>();
        runs.forEachAssignment(fromStore.runId(), null, assigned::add);
        assertThat(assigned).hasSize(stored.universe());
        assertThat(runs.find(fromFile.runId()).orElseThrow().sourceChecksum()).hasSize(64);
    }

    @Test
    void a_run_whose_proof_fails_is_stored_as_failed_with_its_reasons() {
        MeceConfig overlapping = MeceConfigYaml.parse(
                """
                dimensions:
                  - name: AOV
                    source: avg_order_value
                    tiers:
                      - {name: High, from: {quantile: 0.80}}
                      - {name: Medium, from: {quantile: 0.40}, to: {quantile: 0.90}}
                      - {name: Low, to: {quantile: 0.40}}
                """,
                "t.yaml");

        MeceService.Outcome outcome = service.run(new MeceService.Request(null, file, AS_OF, overlapping));

        MeceRunRecords.Run stored =
                new MeceRunRepository(database).find(outcome.runId()).orElseThrow();
        assertThat(stored.status()).isEqualTo("failed");
        assertThat(stored.failuresJson()).contains("pairs of rules overlap");
    }
}
