package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segbot.store.Database;
import io.segbot.store.DatasetRepository;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 15's "errors that do not explain themselves" for files: each case is refused with one line
 * naming the file, the line and column where there is one, and the fix, and nothing is stored.
 */
class MalformedFileTest {
    static final String HEADER = "customer_id,order_id,order_date,amount\n";

    @TempDir
    Path dir;

    Database database;
    Importer importer;

    @BeforeEach
    void openDatabase() {
        database = Database.inMemory("malformed-" + UUID.randomUUID());
        importer = new Importer(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void a_repeated_header_line_is_named_with_its_line_and_the_fix() throws IOException {
        Path file = write("twice.csv", HEADER + HEADER + "c1,o1,2024-01-05,10.00\n");
        assertRefused(
                file,
                "twice.csv line 2: this line repeats the header (line 1); remove it (nothing was imported;"
                        + " fix the row or re-run with --on-error skip)");
    }

    @Test
    void a_repeated_header_line_is_listed_with_that_reason_under_on_error_skip() throws IOException {
        Path file = write("twice.csv", HEADER + "c1,o1,2024-01-05,10.00\n" + HEADER + "c2,o2,2024-01-06,5.00\n");
        ImportSummary summary = importer.importTransactions(
                new Importer.Request(file, null, false, OnError.SKIP, ColumnMapping.automatic(), ','));
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.skipped())
                .singleElement()
                .satisfies(row -> assertThat(row.line()).isEqualTo(3))
                .satisfies(row -> assertThat(row.problem()).isEqualTo(CsvProblems.REPEATED_HEADER));
    }

    @Test
    void a_repeated_header_line_in_a_customers_file_is_named_too() throws IOException {
        String header = "customer_id,recency_days,frequency,monetary\n";
        Path file = write("customers.csv", header + "c1,5,2,10.00\n" + header);
        assertThatThrownBy(() -> importer.importCustomers(Importer.Request.of(file)))
                .hasMessageStartingWith("customers.csv line 3: this line repeats the header (line 1); remove it");
        assertThat(new DatasetRepository(database).list()).isEmpty();
    }

    @Test
    void a_header_naming_a_column_twice_names_both_fields_instead_of_expected_5_found_5() throws IOException {
        Path file = write("twice-named.csv", "customer_id,order_id,order_date,amount,amount\nc1,o1,2024-01-05,10,3\n");
        assertRefused(
                file,
                "twice-named.csv line 1: the header names the column 'amount' twice (fields 4 and 5); rename or"
                        + " remove one");
    }

    @Test
    void an_open_quote_names_the_line_column_and_character_of_the_quote_and_the_fix() throws IOException {
        Path file = write(
                "open-quote.csv",
                HEADER + "c1,o1,2024-01-05,10.00\n" + "c2,\"o2,2024-01-06,5.00\n" + "c3,o3,2024-01-07,7.00\n");
        assertRefused(
                file,
                "open-quote.csv line 3, column 'order_id': the quote at character 4 opens a value that is never"
                        + " closed, so the rest of the file would be one value; add the closing quote (\"), or write a"
                        + " quote that is part of a value as two (\"\")");
    }

    @Test
    void an_open_quote_after_a_good_multi_line_value_is_found_on_its_own_line() throws IOException {
        Path file = write(
                "open-quote-late.csv",
                HEADER + "c1,\"o1\nsecond line, \"\"quoted\"\"\",2024-01-05,10.00\n" + "c2,o2,2024-01-06,\"5.00\n");
        assertRefused(file, "open-quote-late.csv line 4, column 'amount': the quote at character 18 opens a value");
    }

    @Test
    void text_after_a_closing_quote_names_the_line_and_the_fix() throws IOException {
        Path file = write("after-quote.csv", HEADER + "c1,\"o1\"x,2024-01-05,10.00\n");
        assertRefused(
                file,
                "after-quote.csv line 2: a quoted value is followed by more text before the next ',' (like \"abc\"x);"
                        + " quote the whole value and write each quote inside it as two (\"\")");
    }

    @Test
    void a_utf16_file_with_a_byte_order_mark_names_its_encoding_and_the_iconv_command() throws IOException {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, (HEADER + "c1,o1,2024-01-05,10.00\n").getBytes(StandardCharsets.UTF_16)); // big-endian, BOM
        assertRefused(
                file,
                "utf16.csv: this file is encoded as UTF-16 big-endian (with a byte-order mark), not UTF-8; convert it"
                        + " with iconv -f UTF-16 -t UTF-8 " + dir.resolve("utf16.csv") + " > "
                        + dir.resolve("utf16-utf8.csv") + " and import that");
    }

    @Test
    void a_utf16_file_without_a_byte_order_mark_is_recognised_by_its_nul_bytes() throws IOException {
        Path file = dir.resolve("utf16le.csv");
        Files.write(file, (HEADER + "c1,o1,2024-01-05,10.00\n").getBytes(StandardCharsets.UTF_16LE));
        assertRefused(
                file,
                "utf16le.csv: this file is encoded as UTF-16 little-endian (no byte-order mark), not UTF-8; convert it"
                        + " with iconv -f UTF-16LE -t UTF-8 ");
    }

    @Test
    void a_gzip_file_names_the_compression_and_the_gunzip_command() throws IOException {
        Path file = dir.resolve("orders.csv.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write((HEADER + "c1,o1,2024-01-05,10.00\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.write(file, bytes.toByteArray());
        assertRefused(
                file,
                "orders.csv.gz: this file is gzip-compressed, not a CSV text file; unpack it first with gunzip -k "
                        + file + " (gives " + dir.resolve("orders.csv") + ") and import the unpacked file");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            orders.csv.bz2 | 425A6839314159265359       | this file is bzip2-compressed, not a CSV text file; unpack it first with bunzip2 -k
            orders.csv.xz  | FD377A585A000004E6D6B446 | this file is xz-compressed, not a CSV text file; unpack it first with unxz -k
            orders.csv.zst | 28B52FFD0458610000       | this file is zstd-compressed, not a CSV text file; unpack it first with unzstd -k
            orders.xlsx    | 504B030414000600080000   | this is a zip archive (an Excel .xlsx or LibreOffice .ods workbook is one too)
            orders.xls     | D0CF11E0A1B11AE100000000 | this is an old Excel (.xls) or other Office file, not a CSV text file; open it and save the sheet as CSV UTF-8
            orders32.csv   | FFFE000063000000         | this file is encoded as UTF-32 (with a byte-order mark), not UTF-8; convert it with iconv -f UTF-32
            """)
    void a_compressed_or_office_or_utf32_file_is_named_by_its_first_bytes(String name, String hex, String message)
            throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, java.util.HexFormat.of().parseHex(hex));
        assertRefused(file, name + ": " + message);
    }

    @Test
    void a_folder_is_called_a_folder_not_a_missing_file() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("exports"));
        assertRefused(folder, "exports: this is a folder, not a file; give the path of the CSV file inside it");
    }

    @Test
    void a_named_pipe_is_called_a_named_pipe_and_the_fix_is_to_save_it_to_a_file() throws Exception {
        Path fifo = dir.resolve("orders.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        assertRefused(
                fifo,
                "orders.fifo: this is a named pipe (FIFO), not a regular file; segbot reads a file twice (to check"
                        + " it, then to import it), so save the data to a file first (e.g. cat " + fifo
                        + " > orders.csv) and import that");
    }

    @Test
    void dev_zero_is_called_a_character_device_not_a_missing_file() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "this system has no /dev/zero");
        assertRefused(
                zero,
                "zero: this is a character device (like /dev/zero or a terminal), not a file with data;"
                        + " give the path of a CSV file");
    }

    @Test
    void a_missing_file_is_still_no_such_file() {
        Path missing = dir.resolve("missing.csv");
        assertRefused(missing, "missing.csv: no such file (looked in " + missing.toAbsolutePath() + ")");
    }

    @Test
    void a_10_mb_count_in_a_customers_file_is_quoted_at_80_characters_with_an_ellipsis() throws IOException {
        Path file = write(
                "customers.csv",
                "customer_id,recency_days,frequency,monetary\nc1," + "9x".repeat(5_000_000) + ",2,10\n");
        assertThatThrownBy(() -> importer.importCustomers(Importer.Request.of(file)))
                .hasMessage("customers.csv line 2, column 'recency_days': expected a whole number of at least 0, got '"
                        + "9x".repeat(39) + "9…' (nothing was imported; fix the row or re-run with --on-error skip)");
    }

    private void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> importer.importTransactions(Importer.Request.of(file)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(new DatasetRepository(database).list()).isEmpty();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
