package io.segbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segbot.analytics.Purchase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdnowReaderTest {

    private static List<Purchase> read(String text, CdnowReader.Layout layout) throws IOException {
        List<Purchase> purchases = new java.util.ArrayList<>();
        CdnowReader.read(new BufferedReader(new StringReader(text)), "test.txt", layout, collect(purchases));
        return purchases;
    }

    @Test
    void sample_layout_uses_the_sample_id_without_leading_zeros() throws IOException {
        List<Purchase> purchases =
                read(" 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n", CdnowReader.Layout.SAMPLE);
        assertThat(purchases)
                .containsExactly(
                        new Purchase("1", "1", LocalDate.of(1997, 1, 1), 29.33),
                        new Purchase("1", "2", LocalDate.of(1997, 1, 18), 29.73));
    }

    @Test
    void master_layout_skips_the_header_and_auto_detects_four_columns() throws IOException {
        List<Purchase> purchases = read(
                " customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  5   77.00\n",
                CdnowReader.Layout.AUTO);
        assertThat(purchases).hasSize(2);
        assertThat(purchases.get(1)).isEqualTo(new Purchase("2", "3", LocalDate.of(1997, 1, 12), 77.0));
    }

    @Test
    void errors_name_the_line_and_the_bad_value() {
        assertThatThrownBy(() -> read(" 00001 19970101 1 11.77\n 00001 19970101 1 1l.5\n", CdnowReader.Layout.AUTO))
                .isInstanceOf(CdnowFormatException.class)
                .hasMessage("test.txt, line 2: dollar value '1l.5' is not a number");
        assertThatThrownBy(() -> read(" 00001 19970101 1 11.77\n 00001 0001 19970101 1 5\n", CdnowReader.Layout.AUTO))
                .hasMessageContaining("line 2: expected 4 whitespace-separated columns for the master layout, found 5");
    }

    @Test
    void other_layouts_are_pointed_to_segbot_import() {
        assertThatThrownBy(() -> read("id,date,amount\n1,2024-01-01,5\n", CdnowReader.Layout.AUTO))
                .hasMessageContaining("line 2: found 1 columns")
                .hasMessageEndingWith("for other layouts use segbot import");
    }

    @Test
    void master_file_has_the_documented_rows_and_customers() throws IOException {
        Path master = Path.of("../shared/data/cdnow/CDNOW_master.txt");
        assumeTrue(Files.exists(master), "CDNOW data not found at " + master.toAbsolutePath() + ": skipped");
        List<Purchase> purchases = new java.util.ArrayList<>();
        CdnowReader.read(master, CdnowReader.Layout.AUTO, collect(purchases));
        // README: 69,659 rows, 23,570 customers
        assertThat(purchases).hasSize(69_659);
        assertThat(purchases.stream().map(Purchase::customerId).distinct().count())
                .isEqualTo(23_570);
    }

    /** CDNOW purchase occasions as the analytics' records, as the clv commands make them. */
    static TransactionsReader.OrderSink collect(List<Purchase> purchases) {
        return (customer, order, day, amount) ->
                purchases.add(new Purchase(customer, order, java.time.LocalDate.ofEpochDay(day), amount));
    }
}
