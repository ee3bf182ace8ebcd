package io.segbot.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.ingest.Importer;
import io.segbot.ingest.TransactionGenerator;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.MeceConfig;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.mecerun.MeceService;
import io.segbot.store.Database;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services report each phase, and reporting changes no result. */
class ProgressReportingTest {
    @TempDir
    Path dir;

    @Test
    void an_analysis_reports_its_five_steps_in_order_and_the_same_segments_as_without() throws Exception {
        try (Database database = Database.inMemory("progress-" + UUID.randomUUID())) {
            Path csv = dir.resolve("shop.csv");
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                TransactionGenerator.write(
                        new TransactionGenerator.Spec(300, 3, LocalDate.of(2023, 1, 1), 730, 14, 20), out);
            }
            new Importer(database).importTransactions(Importer.Request.of(csv));
            AnalysisService service = new AnalysisService(database, Clock.systemUTC());
            AnalysisService.Request request = new AnalysisService.Request(null, null, 0, 42, 365);
            List<String> steps = new ArrayList<>();
            var reported = service.analyze(
                    request,
                    (step, total, label, fraction) ->
                            steps.add(step + "/" + total + " " + label.replaceAll(", (trying|fitting) k = .*", "")));
            var silent = service.analyze(request);
            assertThat(steps.stream().distinct().toList())
                    .containsExactly(
                            "1/5 reading " + rows(database) + " rows of shop",
                            "2/5 fitting BG/NBD + Gamma-Gamma to 300 customers",
                            "3/5 RFM scores of 300 customers",
                            "4/5 clustering 300 customers",
                            "5/5 storing 300 customers");
            assertThat(service.runs().segments(reported.runId()))
                    .isEqualTo(service.runs().segments(silent.runId()));
        }
    }

    private static String rows(Database database) {
        long rows = new io.segbot.store.DatasetRepository(database)
                .findByName("shop")
                .orElseThrow()
                .rowsImported();
        return String.format(java.util.Locale.ROOT, "%,d", rows);
    }

    @Test
    void a_mece_run_reports_its_seven_steps_and_the_same_segments_as_without() throws Exception {
        try (Database database = Database.inMemory("progress-mece-" + UUID.randomUUID())) {
            Path csv = dir.resolve("carts.csv");
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                CartCsv.write(CartAbandonerGenerator.generate(1500, 5, LocalDate.of(2025, 3, 1), false), out);
            }
            CartAbandonerImport.importFile(database, Importer.Request.of(csv), LocalDate.of(2025, 3, 2));
            MeceService service = new MeceService(database, Clock.systemUTC());
            MeceService.Request request =
                    new MeceService.Request("carts", null, LocalDate.of(2025, 3, 1), MeceConfig.defaults());
            List<Integer> steps = new ArrayList<>();
            var reported = service.run(request, (step, total, label, fraction) -> steps.add(step));
            var silent = service.run(request);
            assertThat(steps).containsExactly(1, 2, 3, 4, 5, 6, 7);
            assertThat(reported.run().segments()).isEqualTo(silent.run().segments());
        }
    }
}
