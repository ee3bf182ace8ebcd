package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import io.segbot.store.PurchaseStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImporterTest {
    static final Path GOOD = Paths.get("src/test/resources/ingest/good");
    static final Path BAD = Paths.get("src/test/resources/ingest/bad");

    Database database;
    Importer importer;

    @BeforeEach
    void openDatabase() {
        database = Database.inMemory("import-" + UUID.randomUUID());
        importer = new Importer(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void orders_layout_merges_order_lines_and_counts_exclusions() {
        ImportSummary s = importer.importTransactions(Importer.Request.of(GOOD.resolve("orders.csv")));
        assertThat(s.layout()).isEqualTo("orders");
        assertThat(s.rowsRead()).isEqualTo(7);
        assertThat(s.rowsImported()).isEqualTo(5);
        assertThat(s.excluded())
                .containsEntry("negative amount (return or refund)", 1L)
                .containsEntry("zero amount", 1L);
        assertThat(s.records()).isEqualTo(4); // A1, A2, B1 and C1's two lines as one order
        assertThat(s.customers()).isEqualTo(3);
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(s.lastDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(s.revenue()).isCloseTo(165.75, within(1e-9));
        List<String> stored = new ArrayList<>();
        long id = new DatasetRepository(database)
                .findByName("orders")
                .orElseThrow()
                .id();
        new PurchaseStore(database)
                .forEach(id, (customer, order, day, amount) -> stored.add(customer + "/" + order + "/" + amount));
        assertThat(stored).containsExactly("1/A1/10.0", "1/A2/30.5", "2/B1/5.25", "3/C1/120.0");
    }

    @Test
    void invoice_lines_layout_computes_revenue_and_drops_cancellations_and_anonymous_rows() {
        ImportSummary s = importer.importTransactions(Importer.Request.of(GOOD.resolve("invoice_lines.csv")));
        assertThat(s.layout()).isEqualTo("invoice lines");
        assertThat(s.rowsRead()).isEqualTo(8);
        assertThat(s.rowsImported()).isEqualTo(4);
        assertThat(s.excluded())
                .containsEntry("cancellation (invoice number starts with C)", 1L)
                .containsEntry("no customer id (cannot be attributed)", 3L);
        assertThat(s.records()).isEqualTo(3); // 536365 (two lines), 536370, 536366
        assertThat(s.customers()).isEqualTo(2); // 17850.0 is normalised to 17850
        // 6 x 2.55 + 6 x 3.39 + 24 x 3.75 + 6 x 1.85
        assertThat(s.revenue()).isCloseTo(136.74, within(1e-9));
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2010, 12, 1));
        List<String> customers = new ArrayList<>();
        long id = new DatasetRepository(database)
                .findByName("invoice_lines")
                .orElseThrow()
                .id();
        new PurchaseStore(database).forEach(id, (customer, order, day, amount) -> customers.add(customer));
        assertThat(customers).containsExactly("17850", "12583", "17850");
    }

    @Test
    void a_bom_and_crlf_line_ends_and_date_times_are_accepted() {
        ImportSummary s = importer.importTransactions(Importer.Request.of(GOOD.resolve("bom_crlf.csv")));
        assertThat(s.customers()).isEqualTo(2);
        assertThat(s.firstDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(s.lastDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            missing_column.csv | missing_column.csv line 1: missing required column 'date'
            bad_date.csv       | bad_date.csv line 3, column 'order_date': expected a date like 2024-03-31
            bad_amount.csv     | bad_amount.csv line 3, column 'amount': expected a number with '.' as the decimal mark, got '12,50' (write 12.50)
            empty.csv          | empty.csv: the file is empty
            header_only.csv    | header_only.csv: the file has a header but no data rows
            semicolons.csv     | semicolons.csv line 1: wrong delimiter: the header has no ',' but has ';'; re-run with --delimiter ';'
            binary.csv         | binary.csv: this is a zip archive (an Excel .xlsx or LibreOffice .ods workbook is one too), not a CSV text file
            ragged.csv         | ragged.csv line 3: expected 4 fields, found 3
            not_utf8.csv       | not_utf8.csv: cannot read the file as UTF-8 CSV: it contains bytes that are not UTF-8
            """)
    void bad_input_names_the_problem_and_leaves_the_database_as_it_was(String file, String message) throws Exception {
        importer.importTransactions(Importer.Request.of(GOOD.resolve("orders.csv")));
        String before = snapshot();
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(BAD.resolve(file))))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining(message);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void an_error_after_a_full_block_was_written_rolls_everything_back(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.csv");
        StringBuilder csv = new StringBuilder("customer_id,order_id,order_date,amount\n");
        for (int i = 0; i < 70_000; i++) {
            csv.append(i % 5000).append(",O").append(i).append(",2024-01-01,1.00\n");
        }
        csv.append("9,X,not-a-date,1.00\n");
        Files.writeString(big, csv);
        String before = snapshot();
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(big)))
                .hasMessageContaining("big.csv line 70002, column 'order_date'");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void skip_mode_lists_the_first_twenty_bad_rows_and_counts_all(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.csv");
        StringBuilder csv = new StringBuilder("customer_id,order_id,order_date,amount\n");
        for (int i = 0; i < 30; i++) {
            csv.append("1,G").append(i).append(",2024-01-01,2.00\n");
            csv.append("2,B").append(i).append(",2024-01-01,lots\n");
        }
        Files.writeString(file, csv);
        ImportSummary s = importer.importTransactions(
                new Importer.Request(file, null, false, OnError.SKIP, ColumnMapping.automatic(), ','));
        assertThat(s.rowsImported()).isEqualTo(30);
        assertThat(s.skippedCount()).isEqualTo(30);
        assertThat(s.skipped()).hasSize(20);
        assertThat(s.skipped().get(0).toString())
                .isEqualTo("line 3, column 'amount': expected a number like 12.50, got 'lots'");
    }

    @Test
    void re_importing_the_same_file_is_refused_unless_replace() {
        Path file = GOOD.resolve("orders.csv");
        importer.importTransactions(Importer.Request.of(file));
        assertThatThrownBy(() -> importer.importTransactions(
                        new Importer.Request(file, "again", false, OnError.FAIL, ColumnMapping.automatic(), ',')))
                .hasMessageContaining("already imported as dataset 'orders'")
                .hasMessageContaining("--replace");
        ImportSummary replaced = importer.importTransactions(
                new Importer.Request(file, null, true, OnError.FAIL, ColumnMapping.automatic(), ','));
        assertThat(replaced.records()).isEqualTo(4);
        assertThat(new DatasetRepository(database).list()).hasSize(1);
    }

    @Test
    void a_taken_dataset_name_is_refused_unless_replace() {
        importer.importTransactions(new Importer.Request(
                GOOD.resolve("orders.csv"), "shop", false, OnError.FAIL, ColumnMapping.automatic(), ','));
        assertThatThrownBy(() -> importer.importTransactions(new Importer.Request(
                        GOOD.resolve("bom_crlf.csv"), "shop", false, OnError.FAIL, ColumnMapping.automatic(), ',')))
                .hasMessageContaining("dataset 'shop' already exists");
    }

    @Test
    void an_explicit_column_mapping_overrides_detection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("custom.csv");
        Files.writeString(file, "Kunde,Beleg,Tag,Summe\nk1,b1,2024-02-01,9.99\n");
        ImportSummary s = importer.importTransactions(new Importer.Request(
                file,
                null,
                false,
                OnError.FAIL,
                ColumnMapping.parse("customer=Kunde,order=Beleg,date=Tag,amount=Summe"),
                ','));
        assertThat(s.customers()).isEqualTo(1);
        assertThat(s.revenue()).isEqualTo(9.99);
        assertThatThrownBy(() -> ColumnMapping.parse("client=Kunde")).hasMessageContaining("unknown field 'client'");
    }

    @Test
    void customer_files_load_and_refuse_duplicates(@TempDir Path dir) throws Exception {
        ImportSummary s = importer.importCustomers(Importer.Request.of(Paths.get("data/prototype_customers.csv")));
        assertThat(s.customers()).isEqualTo(100);
        Path dup = dir.resolve("dup.csv");
        Files.writeString(dup, "customer_id,recency_days,frequency,monetary\nA,1,1,1\nB,2,2,2\nA,3,3,3\n");
        assertThatThrownBy(() -> importer.importCustomers(Importer.Request.of(dup)))
                .hasMessageContaining("dup.csv line 4, column 'customer_id': customer A already appeared on line 2");
        Path negative = dir.resolve("negative.csv");
        Files.writeString(negative, "customer_id,recency_days,frequency,monetary\nA,-1,1,1\n");
        assertThatThrownBy(() -> importer.importCustomers(Importer.Request.of(negative)))
                .hasMessageContaining("column 'recency_days': expected a whole number of at least 0, got '-1'");
    }

    /** Every table's row count and every dataset row: equal snapshots mean an unchanged database. */
    private String snapshot() {
        return database.inTransaction(c -> {
            StringBuilder out = new StringBuilder();
            for (String table : List.of("dataset", "purchase_block", "customer_input", "analysis_run")) {
                try (ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    out.append(table).append('=').append(rows.getLong(1)).append(';');
                }
            }
            try (ResultSet rows =
                    c.createStatement().executeQuery("SELECT id, name, checksum, rows_read FROM dataset ORDER BY id")) {
                while (rows.next()) {
                    out.append(rows.getLong(1))
                            .append(rows.getString(2))
                            .append(rows.getString(3))
                            .append(rows.getLong(4));
                }
            }
            return out.toString();
        });
    }
}
