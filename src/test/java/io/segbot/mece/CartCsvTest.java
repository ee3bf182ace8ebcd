package io.segbot.mece;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartCsvTest {
    @Test
    void fixed_decimals_pad_and_round() {
        assertThat(fixed(665.1, 2)).isEqualTo("665.10");
        assertThat(fixed(0.000042, 6)).isEqualTo("0.000042");
        assertThat(fixed(8, 0)).isEqualTo("8");
        assertThat(fixed(-1.5, 1)).isEqualTo("-1.5");
        assertThat(fixed(Double.NaN, 2)).isEmpty();
    }

    @Test
    void missing_values_are_empty_fields_and_odd_ids_are_quoted() throws Exception {
        CartTable table = CartTable.of(
                List.of(CartAbandoner.of("a,\"b\"", LocalDate.of(2025, 6, 30), null, null, 3, null, 0.5, null)));
        StringBuilder csv = new StringBuilder();

        CartCsv.write(table, csv);

        assertThat(csv.toString())
                .isEqualTo(String.join(",", CartCsv.COLUMNS) + "\n" + "\"a,\"\"b\"\"\",2025-06-30,,,3,,0.500000,\n");
    }

    @Test
    void campaign_columns_are_written_when_present() throws Exception {
        CartTable table = CartTable.of(List.of(new CartAbandoner(
                "u1",
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 1, 2),
                10.0,
                1,
                2,
                0.25,
                0.75,
                true,
                CampaignGroup.CONTROL)));
        StringBuilder csv = new StringBuilder();

        CartCsv.write(table, csv);

        assertThat(csv.toString().lines().toList())
                .containsExactly(
                        String.join(",", CartCsv.COLUMNS) + ",converted,group",
                        "u1,2025-06-30,2025-01-02,10.00,1,2,0.250000,0.750000,1,control");
    }

    private static String fixed(double value, int decimals) {
        StringBuilder text = new StringBuilder();
        CartCsv.appendFixed(text, value, decimals);
        return text.toString();
    }
}
