package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.chat.intent.IntentClassifier;
import io.segbot.ingest.Importer;
import io.segbot.segmentation.AnalysisService;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan answers on the bundled sample (3,000 customers, 2023-2024, as of 2024-12-31): long lists go
 * out as a CSV only to a requester who may export, the largest order names its customer, churn
 * counts give their share, and spend thresholds read the window's spend. The figures checked by
 * hand are computed here from the stored orders, not copied from an answer.
 */
class SampleAnswersTest {
    @TempDir
    static Path exports;

    private static Database database;
    private static ChatEngine engine;

    @BeforeAll
    static void sampleRun() {
        database = Database.inMemory("sample-answers-" + System.nanoTime());
        new Importer(database).importTransactions(Importer.Request.of(Paths.get("data/sample_transactions.csv")));
        new AnalysisService(database, Clock.systemUTC()).analyze(new AnalysisService.Request(null, null, 0, 7, 365));
        RunRepository runs = new RunRepository(database);
        engine = new ChatEngine(
                IntentClassifier.fromClasspath(),
                new RunSnapshots(runs, new DatasetRepository(database)),
                new ConversationMemory(
                        new ConversationRepository(database), Clock.systemUTC(), 10, Duration.ofMinutes(30)),
                Phraser.NONE,
                new Exports(exports),
                new io.segbot.mecerun.MeceRunRepository(database));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static ChatReply ask(String text, ChatRequest.Permissions permissions) {
        return engine.handle(new ChatRequest("test:sample-" + System.nanoTime(), "u1", text, permissions, null));
    }

    @Test
    void a_list_longer_than_fifty_rows_comes_as_a_csv_only_for_a_requester_who_may_export() throws Exception {
        ChatReply allowed = ask("top 120 customers by spend", ChatRequest.Permissions.ALL);
        assertThat(allowed.text()).contains("That's the first 50.").contains(", sent to you privately.");
        assertThat(allowed.attachment()).isNotNull();
        List<String> lines = Files.readAllLines(allowed.attachment());
        assertThat(lines).hasSize(121).first().isEqualTo("rank,customer_id,spend,spend,orders");
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(allowed.grounded()).isTrue();

        ChatReply refused = ask("top 120 customers by spend", ChatRequest.Permissions.NONE);
        assertThat(refused.attachment()).isNull();
        assertThat(refused.text())
                .contains("The whole list of 120 is a CSV export, which needs the export ability; an admin grants"
                        + " it in bot-config/segbot.yaml (permissions.export).");
    }

    @Test
    void the_largest_order_names_its_customer() {
        ChatReply reply = ask("what's the largest order we've ever had", ChatRequest.Permissions.NONE);
        assertThat(reply.text())
                .containsPattern("^Largest order: \\$[\\d,]+ by customer `\\w+` on \\d{4}-\\d{2}-\\d{2}\\.");
        assertThat(reply.grounded()).isTrue();
    }

    @Test
    void a_churn_count_gives_its_share_of_the_population() {
        ChatReply reply = ask("how many customers are likely to churn", ChatRequest.Permissions.NONE);
        assertThat(reply.text()).containsPattern("^Customers at high churn risk: [\\d,]+, [\\d.]+% of 3,000\\.");
        assertThat(reply.grounded()).isTrue();
    }

    @Test
    void a_spend_threshold_with_a_window_reads_the_spend_in_that_window() {
        ChatReply lifetime = ask("how many customers spent more than 500", ChatRequest.Permissions.NONE);
        ChatReply in2024 = ask("how many customers spent more than 500 in 2024", ChatRequest.Permissions.NONE);
        assertThat(in2024.text()).contains("who spent more than $500 in 2024");
        assertThat(lifetime.text()).contains("whose lifetime spend is more than $500");
        assertThat(count(in2024.text())).isLessThan(count(lifetime.text()));
    }

    @Test
    void new_customers_by_month_are_the_customers_whose_first_order_falls_in_each_month() throws Exception {
        // computed here from the CSV: each customer's first order date, counted per month of 2024
        java.util.Map<String, String> first = new java.util.HashMap<>();
        List<String> lines = Files.readAllLines(Paths.get("data/sample_transactions.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            first.merge(cells[0], cells[2], (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        java.util.Map<String, Long> perMonth = new java.util.TreeMap<>();
        first.values().stream()
                .filter(day -> day.startsWith("2024-"))
                .forEach(day -> perMonth.merge(day.substring(0, 7), 1L, Long::sum));

        ChatReply reply = ask("new customers by month this year", ChatRequest.Permissions.NONE);

        assertThat(reply.text()).startsWith("Customers by month who were new (first order in that month) in 2024:");
        java.time.format.DateTimeFormatter month =
                java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH);
        perMonth.forEach((key, n) -> assertThat(reply.text())
                .contains("• " + java.time.YearMonth.parse(key).format(month) + ": " + String.format("%,d", n)));
        assertThat(reply.grounded()).isTrue();
        ChatReply compared = ask("new customers this year vs last year", ChatRequest.Permissions.NONE);
        long in2023 =
                first.values().stream().filter(day -> day.startsWith("2023-")).count();
        assertThat(compared.text()).contains("Compared with 2023: " + String.format("%,d", in2023) + " (");
    }

    private static long count(String answer) {
        String figure =
                answer.substring(answer.indexOf(": ") + 2).split("[ .]")[0].replace(",", "");
        return Long.parseLong(figure);
    }
}
