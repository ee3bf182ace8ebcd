package io.segbot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.chat.Phraser;
import io.segbot.ingest.Importer;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mecerun.CartAbandonerImport;
import io.segbot.store.Database;
import io.segbot.store.TestDatabases;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MECE and naming jobs, reports and the buttons of a result, end to end through the core. */
class BotJobsTest {
    static final Address CHANNEL = new Address("discord", "42", null);
    static final Requester ANA = Requester.of("discord", "7");

    @TempDir
    Path dir;

    Database database;
    RecordingOutbox outbox = new RecordingOutbox("discord");
    BotCore core;

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabases.fresh("bot-jobs-" + UUID.randomUUID());
        BotFixture.seed(database, dir);
        Path carts = dir.resolve("carts.csv");
        try (Writer out = Files.newBufferedWriter(carts, StandardCharsets.UTF_8)) {
            CartCsv.write(CartAbandonerGenerator.generate(2000, 11, LocalDate.of(2025, 3, 1), false), out);
        }
        CartAbandonerImport.importFile(database, Importer.Request.of(carts), LocalDate.of(2025, 3, 2));
        Grants grants = new Grants(100).grant("7", Ability.ASK, Ability.RUN, Ability.EXPORT);
        core = BotFixture.core(database, Phraser.NONE, dir, grants);
        core.register(outbox);
    }

    @AfterEach
    void tearDown() {
        core.close();
        database.close();
    }

    Inbound in(String text) {
        return new Inbound(UUID.randomUUID().toString(), ANA, CHANNEL, text);
    }

    String result(String startsWith) throws InterruptedException {
        return outbox.await(line -> line.startsWith("update ") && line.contains(startsWith));
    }

    @Test
    void a_mece_job_ends_with_the_ranked_segments_and_a_passed_proof() throws Exception {
        assertThat(BotCoreTest.immediate(core.command(in("mece carts"))))
                .isEqualTo("Job 1 queued: `mece carts --as-of 2025-03-01`.");
        String result = result("MECE run 1");
        assertThat(result)
                .contains("MECE run 1 is ready")
                .contains("the MECE proof passed")
                .contains("buttons [Re-run, Name segments]");
    }

    @Test
    void naming_a_run_names_every_segment_and_stores_the_votes() throws Exception {
        core.command(in("name latest"));
        String result = result("Names for run 1");
        // run 1 of the fixture has 3 clusters and the RFM segments present in it
        assertThat(result).contains("named **").contains("table Chosen names [[");
    }

    @Test
    void a_naming_result_shows_every_jurors_proposal_with_the_judges_score_and_pick() throws Exception {
        core.command(in("name latest"));
        result("Names for run 1");
        OutgoingMessage names = outbox.messages().stream()
                .filter(m -> RecordingOutbox.text(m).startsWith("Names for run 1"))
                .findFirst()
                .orElseThrow();
        List<Part.Table> tables = names.parts().stream()
                .filter(Part.Table.class::isInstance)
                .map(Part.Table.class::cast)
                .toList();
        Part.Table chosen = tables.get(0);
        Part.Table votes = tables.get(1);
        assertThat(votes.title()).isEqualTo("Jury votes (judge: rubric)"); // no model: the rubric judges
        assertThat(votes.columns())
                .extracting(Part.Column::heading)
                .containsExactly("segment", "juror", "proposal", "score", "pick");
        List<String> jurors = List.of("creative_marketer", "growth_strategist", "data_scientist", "risk_manager");
        assertThat(votes.rows()).hasSize(jurors.size() * chosen.rows().size());
        for (List<String> segment : chosen.rows()) {
            List<List<String>> rows = votes.rows().stream()
                    .filter(row -> row.get(0).equals(segment.get(0)))
                    .toList();
            assertThat(rows).extracting(row -> row.get(1)).containsExactlyInAnyOrderElementsOf(jurors);
            List<List<String>> picked =
                    rows.stream().filter(row -> row.get(4).equals("✓")).toList();
            assertThat(picked).hasSizeLessThanOrEqualTo(1);
            for (List<String> row : rows) {
                assertThat(row.get(3)).matches("(10|[0-9])\\.[0-9]|dropped: .+");
            }
            if (!picked.isEmpty()) { // the judge's pick has the best score of its segment
                double best = Double.parseDouble(picked.get(0).get(3));
                assertThat(rows)
                        .filteredOn(row -> !row.get(3).startsWith("dropped"))
                        .allSatisfy(row ->
                                assertThat(Double.parseDouble(row.get(3))).isLessThanOrEqualTo(best));
            }
        }
        assertThat(votes.rows()).anyMatch(row -> row.get(4).equals("✓"));
    }

    @Test
    void the_buttons_of_a_run_result_rerun_export_privately_and_name() throws Exception {
        assertThat(core.action(Part.Actions.RERUN, in("run shop --k 3")).status())
                .isEqualTo(Ack.Status.ACCEPTED);
        assertThat(result("Analysis run 2")).contains("**3** k-means segments");
        assertThat(core.action(Part.Actions.EXPORT_CSV, in("run 2")).status()).isEqualTo(Ack.Status.ACCEPTED);
        assertThat(outbox.await(line -> line.startsWith("private 7: ")))
                .contains("file run-2-all.csv (customer-level)")
                .contains("**400** customers");
        assertThat(core.action(Part.Actions.NAME_SEGMENTS, in("name 2")).status())
                .isEqualTo(Ack.Status.ACCEPTED);
        assertThat(result("Names for run 2")).contains("naming run");
        Ack bogus = core.action(Part.Actions.EXPORT_CSV, in("run ; DROP TABLE run"));
        assertThat(BotCoreTest.immediate(bogus)).isEqualTo("The Export CSV button carries no run id.");
        assertThat(BotCoreTest.immediate(core.action(Part.Actions.FEEDBACK_GOOD, in("TOP_SEGMENT"))))
                .isEqualTo("Thanks for the feedback.");
        assertThat(core.action("launch_missiles", in("")).status()).isEqualTo(Ack.Status.REFUSED);
    }

    @Test
    void a_report_goes_to_the_channel_and_its_customer_files_only_privately() throws Exception {
        core.command(in("report segments"));
        String report = outbox.await(line -> line.startsWith("update ") && line.contains("Segments"));
        assertThat(report).contains("image ").doesNotContain("customer-level");
        assertThat(outbox.log())
                .filteredOn(line -> line.startsWith("private 7: "))
                .singleElement()
                .asString()
                .contains("file customers.csv (customer-level)");
    }
}
