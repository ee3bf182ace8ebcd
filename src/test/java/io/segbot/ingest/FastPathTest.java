package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte-level fast path against the general (Commons CSV only) path on small files full of edge
 * cases: the same orders in the same order, the same summary, the same skipped rows, and the same
 * error for every bad file, under both --on-error policies.
 */
class FastPathTest {
    private static final String ORDERS = "customer_id,order_id,order_date,amount\n";
    private static final String LINES =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

    @TempDir
    static Path dir;

    static Stream<Arguments> files() throws IOException {
        List<Arguments> files = new ArrayList<>();
        try (Stream<Path> resources = Stream.concat(Files.list(ImporterTest.GOOD), Files.list(ImporterTest.BAD))) {
            resources
                    .sorted()
                    .forEach(file -> files.add(Arguments.of(file.getFileName().toString(), file)));
        }
        String[][] crafted = {
            {"padded_and_blank_lines.csv", ORDERS + "  1 ,\tA1 , 2024-01-05 ,  10.00 \n\n2,B1,2024-01-06,5\n\n"},
            {"no_final_newline.csv", ORDERS + "1,A1,2024-01-05,10.00\n2,B1,2024-01-06,5"},
            {"crlf_and_lone_cr.csv", ORDERS + "1,A1,2024-01-05,10\r\n2,B1,2024-01-06,5\r3,C1,2024-01-07,6\r\n"},
            {
                "merged_order_lines.csv",
                ORDERS + "1,A1,2024-01-05,10\n1,A1,2024-01-04,2.5\n1,\"A1\",2024-01-06,1\n"
                        + "1,A2,2024-01-05,3\n2,A2,2024-01-05,4\n2,,2024-01-05,4\n2,,2024-01-05,4\n"
            },
            {"no_order_column.csv", "customer_id,order_date,amount\n1,2024-01-05,10\n1,2024-01-05,10\n"},
            {
                "date_forms.csv",
                ORDERS + "1,A,2024-03-31,1\n1,B,2024-03-31 14:05:00,1\n1,C,2024-03-31 14:05,1\n"
                        + "1,D,2024-03-31T14:05,1\n1,E,3/31/2024 14:05,1\n1,F,3/31/2024,1\n1,G,20240331,1\n"
                        + "1,H,2024-02-29,1\n1,I,2000-02-29 23:59:59,1\n"
            },
            {
                "number_forms.csv",
                ORDERS + "1,A,2024-01-01,1e3\n1,B,2024-01-01,.5\n1,C,2024-01-01,5.\n"
                        + "1,D,2024-01-01,+3\n1,E,2024-01-01,-0\n1,F,2024-01-01,123456789012345678901234.5\n"
                        + "1,G,2024-01-01,0.1\n1,H,2024-01-01,9007199254740993\n1,I,2024-01-01,1.00000000000000000000001\n"
            },
            {
                "id_forms.csv",
                ORDERS + "17850.0,A,2024-01-01,1\n0017.00,B,2024-01-01,1\n.0,C,2024-01-01,1\n"
                        + "5.,D,2024-01-01,1\n17850,E,2024-01-01,1\n , F,2024-01-01,1\n"
            },
            {"utf8_text.csv", ORDERS + "Zoë,A1,2024-01-05,10\nZoë,A1,2024-01-05,2\n李,B1,2024-01-06,5\n"},
            {
                "quoted_invoice_lines.csv",
                LINES
                        + "536365,85123A,\"WHITE \"\"HEART\"\", HOLDER\",6,12/1/2010 8:26,2.55,17850.0,United Kingdom\n"
                        + "536365,71053,\"two\nlines\",6,12/1/2010 8:26,3.39,17850.0,United Kingdom\n"
                        + "c536379,D,Discount,-1,12/1/2010 9:41,27.50,14527.0,United Kingdom\n"
                        + "536370,22728,  \"CAFÉ, SET\"  ,24,12/1/2010 8:45,3.75,12583.0,France\n"
                        + "536371,22729,x,0,12/1/2010 8:45,3.75,12583.0,France\n"
            },
            {"quoted_header.csv", "\"customer_id\",\"order_id\",\"order_date\",\"amount\"\n1,A1,2024-01-05,10\n"},
            {"literal_quotes.csv", ORDERS + "1,A\"1,2024-01-05,10\n\"2\",B1,2024-01-06,5\n3,C\"\"1,2024-01-07,6\n"},
            {"ragged_and_wide.csv", ORDERS + "1,A1,2024-01-05,10\n2,B1,2024-01-06\n3,C1,2024-01-07,6,extra\n   \n"},
            {
                "bad_cells.csv",
                ORDERS + "1,A1,2024-13-01,10\n2,B1,2024-01-06,12,50\n3,C1,2024-01-07,\"1,234.5\"\n"
                        + "4,D1,2024-01-07,lots\n5,E1,2024-01-07,\n6,F1,,1\n7,G1,2024-01-07,1\n"
                        + "8,H1,2024-01-07,2000000000000\n9,I1,2024-01-07,999999999999.99\n"
            },
            {"junk_after_quote.csv", ORDERS + "1,A1,2024-01-05,10\n2,\"B1\"x,2024-01-06,5\n"},
            {"unclosed_quote.csv", ORDERS + "1,A1,2024-01-05,10\n2,\"B1,2024-01-06,5\n"},
            {
                "implausible_dates.csv",
                ORDERS + "1,A1,2024-01-05,10\n2,B1,1899-12-31,5\n3,C1,2999-01-01,6\n"
                        + "4,D1,1/1/1900,7\n5,E1,2024-01-07,8\n"
            },
            {
                "date_shapes.csv",
                ORDERS + "1,A,2024-02-29,1\n2,B,2023-02-29,1\n3,C,2024-02-30,1\n4,D,2024-1a-05,1\n"
                        + "5,E,2024-01-05 23:59:59,1\n6,F,2024-01-05 24:00:00,1\n7,G,2024-01-05 23:59:60,1\n"
                        + "8,H,2024-01-05T10:00:00,1\n9,I,2024-00-05,1\n10,J,2024-04-31,1\n11,K,2000-02-29,1\n"
                        + "12,L,1900-02-29,1\n13,M,2024-01-5,1\n14,N, 2024-01-05 ,1\n15,O,2024-01-05 1:00:00,1\n"
            },
            {"everything_excluded.csv", ORDERS + "1,A1,2024-01-05,0\n2,B1,2024-01-06,-5\n,C1,2024-01-06,5\n"},
        };
        for (String[] file : crafted) {
            Path path = dir.resolve(file[0]);
            Files.writeString(path, file[1], StandardCharsets.UTF_8);
            files.add(Arguments.of(file[0], path));
        }
        files.add(Arguments.of("buffer_crossing.csv", bufferCrossing(dir.resolve("buffer_crossing.csv"))));
        return files.stream();
    }

    /** Enough rows to cross the fast path's 1 MiB buffer several times, quoted multi-line ones included. */
    private static Path bufferCrossing(Path file) throws IOException {
        StringBuilder csv = new StringBuilder(LINES);
        for (int i = 0; i < 40_000; i++) {
            String description = i % 7 == 0 ? "\"multi\nline, \"\"quoted\"\"\"" : "PLAIN ITEM " + i;
            csv.append(500_000 + i / 3)
                    .append(",SKU")
                    .append(i)
                    .append(',')
                    .append(description)
                    .append(',')
                    .append(1 + i % 5)
                    .append(",12/")
                    .append(1 + i % 28)
                    .append("/2010 8:26,")
                    .append(i % 11 == 0 ? "0.00" : "2.55")
                    .append(',')
                    .append(i % 13 == 0 ? "" : (10_000 + i % 997) + ".0")
                    .append(",United Kingdom\r\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void the_fast_path_reads_every_file_exactly_as_the_general_path(String name, Path file) {
        for (OnError policy : OnError.values()) {
            Outcome fast = outcome(file, policy, true);
            Outcome general = outcome(file, policy, false);
            assertThat(fast).as("%s under %s", name, policy).isEqualTo(general);
        }
    }

    @Test
    void the_checksum_recorded_while_reading_is_the_files_sha256() throws Exception {
        Path file = ImporterTest.GOOD.resolve("invoice_lines.csv");
        CsvSource source = CsvSource.open(file, ',');
        TransactionsReader.readFast(
                source, ColumnMapping.automatic(), OnError.FAIL, "x", DateRange.untilToday(null), (c, o, d, a) -> {});
        assertThat(source.checksumKnown()).isTrue();
        String expected = HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(source.checksum()).isEqualTo(expected);
    }

    @Test
    void a_fast_path_error_is_worded_by_the_general_path() {
        Throwable error = catchThrowable(() -> TransactionsReader.read(
                CsvSource.open(dir.resolve("junk_after_quote.csv"), ','),
                ColumnMapping.automatic(),
                OnError.FAIL,
                "x",
                (c, o, d, a) -> {}));
        Throwable general = catchThrowable(() -> TransactionsReader.readGeneral(
                CsvSource.open(dir.resolve("junk_after_quote.csv"), ','),
                ColumnMapping.automatic(),
                OnError.FAIL,
                "x",
                DateRange.untilToday(null),
                (c, o, d, a) -> {}));
        assertThat(error).isInstanceOf(ImportException.class).hasMessage(general.getMessage());
        assertThat(error.getMessage()).contains("junk_after_quote.csv");
    }

    /** What a read produced: the orders and summary, or the error's message. */
    private record Outcome(List<String> orders, ImportSummary summary, String error) {}

    private static Outcome outcome(Path file, OnError policy, boolean fast) {
        List<String> orders = new ArrayList<>();
        TransactionsReader.OrderSink sink =
                (customer, order, day, amount) -> orders.add(customer + "|" + order + "|" + day + "|" + amount);
        try {
            CsvSource source = CsvSource.open(file, ',');
            ImportSummary summary = fast
                    ? TransactionsReader.read(source, ColumnMapping.automatic(), policy, "d", sink)
                    : TransactionsReader.readGeneral(
                            source, ColumnMapping.automatic(), policy, "d", DateRange.untilToday(null), sink);
            return new Outcome(orders, summary, null);
        } catch (ImportException e) {
            return new Outcome(List.of(), null, e.getMessage());
        }
    }
}
