package io.segbot.mece;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CartAbandonerGeneratorTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @Test
    void same_seed_and_as_of_give_a_byte_identical_file() throws Exception {
        String first = sha256(CartAbandonerGenerator.generate(5_000, 42, AS_OF, false));
        String second = sha256(CartAbandonerGenerator.generate(5_000, 42, AS_OF, false));
        String otherSeed = sha256(CartAbandonerGenerator.generate(5_000, 43, AS_OF, false));
        String otherDay = sha256(CartAbandonerGenerator.generate(5_000, 42, AS_OF.plusDays(1), false));

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(otherDay).isNotEqualTo(first);
    }

    @Test
    void campaign_history_leaves_the_base_columns_unchanged() {
        CartTable plain = CartAbandonerGenerator.generate(200, 7, AS_OF, false);
        CartTable campaign = CartAbandonerGenerator.generate(200, 7, AS_OF, true);

        for (int row = 0; row < plain.size(); row++) {
            CartAbandoner withHistory = campaign.row(row);
            assertThat(withHistory.group()).isNotNull();
            assertThat(withHistory.converted()).isNotNull();
            assertThat(CartAbandoner.of(
                            withHistory.userId(),
                            withHistory.cartAbandonedDate(),
                            withHistory.lastOrderDate(),
                            withHistory.avgOrderValue(),
                            withHistory.sessionsLast30d(),
                            withHistory.numCartItems(),
                            withHistory.engagementScore(),
                            withHistory.profitabilityScore()))
                    .isEqualTo(plain.row(row));
        }
    }

    @Test
    void user_ids_are_zero_padded_to_six_digits() {
        CartTable table = CartAbandonerGenerator.generate(3, 1, AS_OF, false);

        assertThat(table.userId(0)).isEqualTo("user_000000");
        assertThat(table.userId(2)).isEqualTo("user_000002");
    }

    @Test
    void abandonment_dates_span_the_eight_days_up_to_the_as_of_date_so_seven_eighths_are_in_a_week() {
        CartTable table = CartAbandonerGenerator.generate(2_500, 42, AS_OF, false);
        int inWeek = 0;
        for (int row = 0; row < table.size(); row++) {
            LocalDate day = table.row(row).cartAbandonedDate();
            assertThat(day).isBetween(AS_OF.minusDays(7), AS_OF);
            if (!day.isBefore(AS_OF.minusDays(6))) {
                inWeek++;
            }
        }
        // Binomial(2500, 7/8): mean 2187.5, sd 16.5; the prototype kept 2,171.
        assertThat(inWeek).isBetween(2_121, 2_254);
    }

    @Test
    void columns_follow_the_prototype_distributions() {
        CartTable table = CartAbandonerGenerator.generate(100_000, 42, AS_OF, false);
        int n = table.size();
        double sessions = 0;
        double engagement = 0;
        double profitability = 0;
        int missingLastOrder = 0;
        int oneItem = 0;
        double[] logAov = new double[n];
        for (int row = 0; row < n; row++) {
            sessions += table.sessions[row];
            engagement += table.engagement[row];
            profitability += table.profitability[row];
            missingLastOrder += table.lastOrderDay[row] == CartTable.MISSING_DAY ? 1 : 0;
            oneItem += table.cartItems[row] == 1 ? 1 : 0;
            logAov[row] = Math.log(table.avgOrderValue[row] / 10);
        }
        double meanLog = java.util.Arrays.stream(logAov).average().orElseThrow();
        double sdLog = Math.sqrt(java.util.Arrays.stream(logAov)
                        .map(x -> (x - meanLog) * (x - meanLog))
                        .sum()
                / (n - 1));

        assertThat(sessions / n).as("Poisson mean λ = 8").isCloseTo(8.0, within(0.05));
        assertThat(engagement / n).as("Beta(2,5) mean 2/7").isCloseTo(2.0 / 7, within(0.003));
        assertThat(profitability / n).as("Beta(3,3) mean 1/2").isCloseTo(0.5, within(0.003));
        assertThat((double) missingLastOrder / n).isCloseTo(0.30, within(0.006));
        assertThat((double) oneItem / n).isCloseTo(0.30, within(0.006));
        assertThat(meanLog).as("lognormal mean 6.5").isCloseTo(6.5, within(0.01));
        assertThat(sdLog).as("lognormal sigma 0.8").isCloseTo(0.8, within(0.01));
    }

    static String sha256(CartTable table) throws IOException, NoSuchAlgorithmException {
        StringBuilder csv = new StringBuilder();
        CartCsv.write(table, csv);
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest(csv.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
