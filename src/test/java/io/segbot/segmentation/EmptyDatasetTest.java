package io.segbot.segmentation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 15: an empty dataset (stored by an older segbot) made analyze crash with a NullPointerException. */
class EmptyDatasetTest {
    @Test
    void analyze_refuses_an_empty_dataset_in_words() {
        try (Database database = Database.inMemory("empty-" + UUID.randomUUID())) {
            DatasetRepository datasets = new DatasetRepository(database);
            database.inTransaction(c -> datasets.create(c, "zeros", "transactions", "zeros.csv", "2".repeat(64)));
            AnalysisService service =
                    new AnalysisService(database, Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
            assertThatThrownBy(() -> service.analyze(new AnalysisService.Request("zeros", null, 0, 42, 365)))
                    .isInstanceOf(AnalysisException.class)
                    .hasMessage("dataset 'zeros' is empty: none of its 0 rows was imported (see segbot datasets);"
                            + " import a file with orders, or choose another dataset with --dataset");
        }
    }
}
