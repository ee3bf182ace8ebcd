package io.segbot.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.segbot.analytics.SegmentProfile;
import io.segbot.ingest.Importer;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnalysisServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T12:00:00Z"), ZoneOffset.UTC);

    Database database;
    AnalysisService service;

    @BeforeEach
    void setUp() {
        database = Database.inMemory("analysis-" + UUID.randomUUID());
        service = new AnalysisService(database, CLOCK);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void a_run_is_stored_with_its_parameters_segments_and_customers() {
        new Importer(database)
                .importTransactions(Importer.Request.of(Paths.get("src/test/resources/ingest/good/orders.csv")));
        AnalysisService.Outcome outcome = service.analyze(new AnalysisService.Request(null, null, 0, 42, 365));
        RunRecords.Run run = service.runs().find(outcome.runId()).orElseThrow();
        // as-of defaults to the day after the last order (2024-03-01)
        assertThat(run.asOf()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(run.customers()).isEqualTo(3);
        assertThat(run.revenue()).isCloseTo(165.75, within(1e-9));
        assertThat(run.parametersJson()).contains("\"seed\":42").contains("\"k\":\"auto\"");
        List<SegmentProfile> segments = service.runs().segments(run.id());
        assertThat(segments.stream()
                        .filter(s -> s.family().equals("rfm"))
                        .mapToInt(SegmentProfile::customers)
                        .sum())
                .isEqualTo(3);
        assertThat(segments.stream()
                        .filter(s -> s.family().equals("cluster"))
                        .mapToInt(SegmentProfile::customers)
                        .sum())
                .isEqualTo(3);
        // customer 1: two orders, $40.50, last on 2024-02-10, 21 days before the as-of date
        RunRecords.Customer one = service.runs().customer(run.id(), "1").orElseThrow();
        assertThat(one.frequency()).isEqualTo(2);
        assertThat(one.monetary()).isEqualTo(40.5);
        assertThat(one.recencyDays()).isEqualTo(21);
        assertThat(one.pAlive()).isNull();
    }

    @Test
    void the_same_seed_gives_the_same_stored_segments() {
        new Importer(database).importTransactions(Importer.Request.of(Paths.get("data/sample_transactions.csv")));
        long first = service.analyze(new AnalysisService.Request("sample_transactions", null, 0, 7, 365))
                .runId();
        long second = service.analyze(new AnalysisService.Request("sample_transactions", null, 0, 7, 365))
                .runId();
        assertThat(service.runs().segments(second)).isEqualTo(service.runs().segments(first));
    }

    @Test
    void customer_level_files_are_analysed_without_dates() {
        Path file = Paths.get("data/prototype_customers.csv");
        new Importer(database).importCustomers(Importer.Request.of(file));
        AnalysisService.Outcome outcome = service.analyze(
                new AnalysisService.Request("prototype_customers", LocalDate.of(2025, 1, 1), 3, 1, 365));
        assertThat(outcome.result().clusters().k()).isEqualTo(3);
        assertThat(outcome.result().metrics().size()).isEqualTo(100);
    }

    @Test
    void unknown_datasets_and_early_as_of_dates_are_refused_with_a_reason() {
        assertThatThrownBy(() -> service.analyze(new AnalysisService.Request(null, null, 0, 1, 365)))
                .hasMessageContaining("no dataset imported yet");
        new Importer(database)
                .importTransactions(Importer.Request.of(Paths.get("src/test/resources/ingest/good/orders.csv")));
        assertThatThrownBy(() -> service.analyze(new AnalysisService.Request("nope", null, 0, 1, 365)))
                .hasMessageContaining("no dataset named 'nope'");
        assertThatThrownBy(() ->
                        service.analyze(new AnalysisService.Request("orders", LocalDate.of(2024, 2, 1), 0, 1, 365)))
                .hasMessageContaining("before the last transaction (2024-03-01)");
    }

    @Test
    void with_enough_repeat_buyers_the_run_stores_bg_nbd_outputs_and_bands_repeat_buyers_by_p_alive() {
        new Importer(database).importTransactions(Importer.Request.of(Paths.get("data/sample_transactions.csv")));
        AnalysisService.Outcome outcome = service.analyze(new AnalysisService.Request(null, null, 0, 42, 365));
        RunRecords.Run run = service.runs().find(outcome.runId()).orElseThrow();
        assertThat(run.modelJson())
                .contains("\"used\":true")
                .contains("\"bgnbd\"")
                .contains("\"gamma_gamma\"");
        assertThat(outcome.modelSummary()).startsWith("Probabilistic CLV: BG/NBD");
        int[] checked = {0, 0};
        service.runs().forEachCustomer(run.id(), null, null, c -> {
            assertThat(c.pAlive()).isBetween(0.0, 1.0);
            assertThat(c.expected365()).isGreaterThanOrEqualTo(c.expected90());
            assertThat(c.predictedClv()).isNotNull();
            if (c.pAlive() < 1.0 - 1e-9) {
                // a repeat buyer: the band is the P(alive) band
                String band = c.pAlive() >= 0.7 ? "Low" : c.pAlive() >= 0.3 ? "Medium" : "High";
                assertThat(c.churnRisk()).as(c.customerId()).isEqualTo(band);
                checked[0]++;
            } else {
                checked[1]++;
            }
        });
        assertThat(checked[0]).isGreaterThan(1000);
        assertThat(checked[1]).isGreaterThan(100);
    }

    @Test
    void with_too_few_repeat_buyers_the_gate_says_why_and_the_rules_stay() {
        new Importer(database)
                .importTransactions(Importer.Request.of(Paths.get("src/test/resources/ingest/good/orders.csv")));
        AnalysisService.Outcome outcome = service.analyze(new AnalysisService.Request(null, null, 0, 42, 365));
        assertThat(outcome.modelSummary())
                .startsWith("Probabilistic CLV not used: ")
                .contains("repeat");
        assertThat(service.runs().find(outcome.runId()).orElseThrow().modelJson())
                .contains("\"used\":false");
        assertThat(service.runs().customer(outcome.runId(), "1").orElseThrow().pAlive())
                .isNull();
    }
}
