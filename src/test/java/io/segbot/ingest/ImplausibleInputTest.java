package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15's "wrong or misleading results" at import: implausible dates, empty results, huge numbers. */
class ImplausibleInputTest {
    static final DateRange RANGE = new DateRange(LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 29));

    @TempDir
    Path dir;

    Database database;
    Importer importer;

    @BeforeEach
    void openDatabase() {
        database = Database.inMemory("implausible-" + UUID.randomUUID());
        importer = new Importer(database, RANGE);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void date_2099_is_refused_with_its_line_column_and_fix_and_nothing_is_stored() throws IOException {
        Path file = csv("future.csv", "c1,o1,2024-01-05,10.00", "c2,o2,2099-01-01,20.00");
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .isInstanceOf(ImportException.class)
                .hasMessage(
                        "future.csv line 3, column 'order_date': date 2099-01-01 is after the import day"
                                + " 2026-11-29; fix the date (nothing was imported; fix the row or re-run with --on-error skip)");
        assertThat(new DatasetRepository(database).list()).isEmpty();
    }

    @Test
    void date_1900_is_refused_below_the_floor_and_imports_with_a_lower_floor() throws IOException {
        Path file = csv("old.csv", "c1,o1,1900-01-01,10.00", "c2,o2,2024-01-05,20.00");
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .hasMessageContaining("line 2, column 'order_date': date 1900-01-01 is before 1990-01-01,"
                        + " the earliest plausible date; fix the date or lower the floor with --earliest-date");
        ImportSummary summary = new Importer(database, new DateRange(LocalDate.of(1800, 1, 1), RANGE.latest()))
                .importTransactions(Importer.Request.of(file));
        assertThat(summary.firstDate()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(summary.records()).isEqualTo(2);
    }

    @Test
    void date_out_of_range_is_skipped_and_listed_under_on_error_skip() throws IOException {
        Path file = csv("mixed.csv", "c1,o1,2024-01-05,10.00", "c2,o2,2099-01-01,20.00", "c3,o3,2024-02-01,5.00");
        ImportSummary summary = importer.importTransactions(
                new Importer.Request(file, null, false, OnError.SKIP, ColumnMapping.automatic(), ','));
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.lastDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(summary.skippedCount()).isEqualTo(1);
        assertThat(summary.skipped().get(0).line()).isEqualTo(3);
    }

    @Test
    void every_row_excluded_is_refused_naming_the_reasons() throws IOException {
        Path file = csv("zeros.csv", "c1,o1,2024-01-05,0", "c2,o2,2024-01-06,0.00");
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .isInstanceOf(ImportException.class)
                .hasMessage("zeros.csv: no row could be imported: 2 × zero amount; nothing was stored,"
                        + " fix the file and import it again");
        assertThat(new DatasetRepository(database).list()).isEmpty();
    }

    @Test
    void every_row_skipped_is_refused_with_the_first_problem() throws IOException {
        Path file = csv("bad.csv", "c1,o1,2024-01-05,abc", "c2,o2,2024-01-06,def");
        assertThatThrownBy(() -> importer.importTransactions(
                        new Importer.Request(file, null, false, OnError.SKIP, ColumnMapping.automatic(), ',')))
                .hasMessageStartingWith("bad.csv: no row could be imported: 2 × malformed, skipped (first: line 2,"
                        + " column 'amount': expected a number like 12.50, got 'abc')");
    }

    @Test
    void amount_1e308_is_refused_with_its_line_instead_of_a_decimal_parser_error() throws IOException {
        Path file = csv("huge.csv", "c1,o1,2024-01-05,1e308", "c2,o2,2024-01-06,1e308");
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .hasMessage(
                        "huge.csv line 2, column 'amount': the number 1e308 is too large"
                                + " (at most 1,000,000,000,000 per cell); check the column (nothing was imported; fix the row or re-run with --on-error skip)");
    }

    @Test
    void a_10_mb_cell_gives_a_bounded_message() throws IOException {
        Path file = csv("long.csv", "c1,o1,2024-01-05," + "x".repeat(10_000_000));
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .satisfies(e -> assertThat(e.getMessage())
                        .hasSizeLessThan(250)
                        .contains("got 'xxxx")
                        .contains("…"));
    }

    @Test
    void a_5000_character_dataset_name_is_refused_before_sql() throws IOException {
        Path file = csv("orders.csv", "c1,o1,2024-01-05,10.00");
        assertThatThrownBy(() -> new Importer.Request(
                        file, "n".repeat(5000), false, OnError.FAIL, ColumnMapping.automatic(), ','))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--dataset is 5000 characters long; use at most 200");
    }

    @Test
    void a_huge_quantity_times_price_is_refused_with_its_line_in_plain_digits_not_sql() throws IOException {
        Path file = dir.resolve("huge-line.csv");
        Files.writeString(
                file,
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                        + "1,A,x,2,2024-01-01,3.50,c1,UK\n"
                        + "2,A,x,99999999999,2024-01-02,999999999999,c2,UK\n");
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .isInstanceOf(ImportException.class)
                .hasMessage("huge-line.csv line 3, column 'Quantity': quantity × price is"
                        + " 99,999,999,998,900,000,000,000, too large for one line (at most 1,000,000,000,000); check the"
                        + " quantity and price (nothing was imported; fix the row or re-run with --on-error skip)");
        assertThat(new DatasetRepository(database).list()).isEmpty();
    }

    private Path csv(String name, String... rows) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "customer_id,order_id,order_date,amount\n" + String.join("\n", rows) + "\n");
        return file;
    }
}
