package io.segbot.chat;

import io.segbot.analytics.SegmentProfile;
import io.segbot.chat.intent.IntentClassifier;
import io.segbot.segmentation.RunRecords;
import io.segbot.segmentation.RunRepository;
import io.segbot.store.ConversationRepository;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A hand-made run at the prototype's scale, so expected answers can be checked on paper: three
 * clusters of 23, 36 and 41 customers with $47,857, $22,145 and $5,807 of revenue ($75,809 in all),
 * and four RFM segments.
 */
final class ChatFixture {
    static final IntentClassifier CLASSIFIER = IntentClassifier.fromClasspath();
    static final Instant NOW = Instant.parse("2025-01-10T09:00:00Z");

    final Database database;
    final long runId;
    final RunSnapshots snapshots;

    ChatFixture(Database database, String cluster2Label) {
        this.database = database;
        long datasetId = database.inTransaction(c -> {
            DatasetRepository datasets = new DatasetRepository(database);
            long id = datasets.create(c, "fixture", "transactions", "fixture.csv", "f".repeat(64));
            datasets.complete(
                    c, id, 300, 300, 100, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 30), 75809.0, "{}");
            return id;
        });
        RunRepository runs = new RunRepository(database);
        RunRecords.Run run = new RunRecords.Run(
                0, datasetId, "fixture", NOW, LocalDate.of(2024, 12, 31), "{}", 100, 75809, 3, 0.41, null);
        List<SegmentProfile> segments = List.of(
                segment("rfm", "Champions", "Champions", 23, 47857, 0.6313, 12, 11.2, 2080.74, 2600, 23, 0, 0),
                segment(
                        "rfm",
                        "Potential Loyalists",
                        "Potential Loyalists",
                        36,
                        22145,
                        0.2921,
                        45,
                        5.5,
                        615.14,
                        700,
                        20,
                        12,
                        4),
                segment("rfm", "At Risk", "At Risk", 30, 4807, 0.0634, 200, 2.1, 160.23, 90, 2, 8, 20),
                segment("rfm", "Hibernating", "Hibernating", 11, 1000, 0.0132, 300, 1.0, 90.91, 20, 0, 1, 10),
                segment("cluster", "0", "Champions", 23, 47857, 0.6313, 12, 11.2, 2080.74, 2600, 22, 1, 0),
                segment("cluster", "1", "Potential Loyalists", 36, 22145, 0.2921, 45, 5.5, 615.14, 700, 20, 12, 4),
                segment("cluster", "2", cluster2Label, 41, 5807, 0.0766, 230, 1.8, 141.63, 70, 3, 8, 30));
        String[] ids = {"C001", "C002", "C003"};
        RunRecords.CustomerColumns customers = new RunRecords.CustomerColumns(
                ids,
                new int[] {3, 40, 250},
                new int[] {14, 5, 1},
                new double[] {2900, 610, 75.5},
                new byte[] {5, 4, 1},
                new byte[] {5, 3, 1},
                new byte[] {5, 4, 1},
                new double[] {100, 75, 0},
                new String[] {"Champions", "Potential Loyalists", "Hibernating"},
                new int[] {0, 1, 2},
                new String[] {"Low", "Medium", "High"},
                new double[] {40600, 3050, 75.5},
                new double[] {3100, 650, 30},
                new String[] {"Premium", "High", "Low"},
                null,
                null,
                null,
                null);
        this.runId = runs.save(run, segments, customers);
        this.snapshots = new RunSnapshots(runs, new DatasetRepository(database));
    }

    ChatEngine engine(Phraser phraser, Path exports) {
        ConversationMemory memory = new ConversationMemory(
                new ConversationRepository(database),
                Clock.fixed(NOW, java.time.ZoneOffset.UTC),
                10,
                Duration.ofMinutes(30));
        return new ChatEngine(
                CLASSIFIER,
                snapshots,
                memory,
                phraser,
                new Exports(exports),
                new io.segbot.mecerun.MeceRunRepository(database));
    }

    static SegmentProfile segment(
            String family,
            String key,
            String label,
            int customers,
            double revenue,
            double share,
            double recency,
            double frequency,
            double monetary,
            double clv,
            int low,
            int medium,
            int high) {
        return new SegmentProfile(
                family,
                key,
                label,
                customers,
                revenue,
                share,
                recency,
                frequency,
                monetary,
                clv,
                frequency * monetary,
                low,
                medium,
                high,
                null,
                null,
                List.of("Loyalty and referral: reward repeat purchases and invite them to refer similar customers"));
    }
}
