package io.segbot.mecerun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.ingest.ImportException;
import io.segbot.ingest.Importer;
import io.segbot.mece.CartAbandonerGenerator;
import io.segbot.mece.CartCsv;
import io.segbot.mece.CartTable;
import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CartAbandonersReaderTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final String HEADER = String.join(",", CartCsv.COLUMNS);

    @TempDir
    Path dir;

    @Test
    void a_score_above_one_is_refused_with_its_line_and_column() throws IOException {
        Path file = csv(HEADER, "u1,2025-06-30,,10,1,1,0.5,0.5", "u2,2025-06-30,,10,1,1,1.5,0.5");

        assertThatThrownBy(() -> CartAbandonerImport.readFile(file, AS_OF))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(
                        "f.csv line 3, column 'engagement_score': expected a score within [0, 1], got 1.5");
    }

    @Test
    void negative_values_future_dates_and_bad_groups_are_refused() throws IOException {
        assertThatThrownBy(() -> CartAbandonerImport.readFile(csv(HEADER, "u1,2025-06-30,,-3,1,1,0.5,0.5"), AS_OF))
                .hasMessageContaining("line 2, column 'avg_order_value': expected a value ≥ 0, got -3");
        assertThatThrownBy(() -> CartAbandonerImport.readFile(csv(HEADER, "u1,2025-07-01,,3,1,1,0.5,0.5"), AS_OF))
                .hasMessageContaining("column 'cart_abandoned_date': date 2025-07-01 is in the future of the import"
                        + " date 2025-06-30");
        assertThatThrownBy(() ->
                        CartAbandonerImport.readFile(csv(HEADER, "u1,2025-06-30,2025-07-02,3,1,1,0.5,0.5"), AS_OF))
                .hasMessageContaining("column 'last_order_date': date 2025-07-02 is in the future");
        assertThatThrownBy(() -> CartAbandonerImport.readFile(csv(HEADER, "u1,2025-06-30,,3,1.5,1,0.5,0.5"), AS_OF))
                .hasMessageContaining("column 'sessions_last_30d': expected a whole number, got 1.5");
        assertThatThrownBy(() -> CartAbandonerImport.readFile(
                        csv(HEADER + ",converted,group", "u1,2025-06-30,,3,1,1,0.5,0.5,1,holdout"), AS_OF))
                .hasMessageContaining("column 'group': group must be 'treatment' or 'control', got 'holdout'");
    }

    @Test
    void a_repeated_user_names_the_earlier_line() throws IOException {
        Path file = csv(
                HEADER,
                "u1,2025-06-30,,10,1,1,0.5,0.5",
                "u2,2025-06-30,,10,1,1,0.5,0.5",
                "u1,2025-06-29,,10,1,1,0.5,0.5");

        assertThatThrownBy(() -> CartAbandonerImport.readFile(file, AS_OF))
                .hasMessageContaining("line 4, column 'user_id': user 'u1' already appeared on line 2");
    }

    @Test
    void missing_columns_are_named() throws IOException {
        Path file = csv("user_id,cart_abandoned_date,avg_order_value", "u1,2025-06-30,10");

        assertThatThrownBy(() -> CartAbandonerImport.readFile(file, AS_OF))
                .hasMessageStartingWith("f.csv line 1: missing column(s) [last_order_date, sessions_last_30d,"
                        + " num_cart_items, engagement_score, profitability_score]");
    }

    @Test
    void empty_cells_are_missing_values() throws IOException {
        Path file = csv(HEADER, "u1,2025-06-30,,,,,,");

        CartTable table = CartAbandonerImport.readFile(file, AS_OF).table();

        assertThat(table.row(0).avgOrderValue()).isNull();
        assertThat(table.row(0).sessionsLast30d()).isNull();
        assertThat(table.row(0).engagementScore()).isNull();
    }

    @Test
    void a_bad_row_leaves_the_database_as_it_was() throws IOException {
        Path file = csv(HEADER, "u1,2025-06-30,,10,1,1,0.5,0.5", "u2,2025-06-30,,10,1,1,0.5,-1");
        try (Database database = Database.inMemory("cart-" + UUID.randomUUID())) {
            assertThatThrownBy(() -> CartAbandonerImport.importFile(database, Importer.Request.of(file), AS_OF))
                    .hasMessageContaining("line 3");

            assertThat(new DatasetRepository(database).list()).isEmpty();
            int rows = database.inTransaction(c -> {
                try (var s = c.createStatement();
                        var r = s.executeQuery("SELECT COUNT(*) FROM cart_abandoner")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void a_generated_file_reads_back_to_the_same_table() throws IOException {
        CartTable generated = CartAbandonerGenerator.generate(2_000, 42, AS_OF, true);
        Path file = dir.resolve("gen.csv");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CartCsv.write(generated, writer);
        }

        CartTable read = CartAbandonerImport.readFile(file, AS_OF).table();

        assertThat(read.size()).isEqualTo(2_000);
        for (int row = 0; row < read.size(); row++) {
            assertThat(read.row(row)).isEqualTo(generated.row(row));
        }
    }

    private Path csv(String... lines) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
