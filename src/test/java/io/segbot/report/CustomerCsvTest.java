package io.segbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The export's number cells read exactly as {@code String.format(Locale.ROOT, "%.Nf")} would write them. */
class CustomerCsvTest {
    @Test
    void fixed_places_match_the_formatter_on_hand_picked_values() {
        double[] values = {
            0,
            -0.0,
            0.5,
            1.005,
            2.675,
            0.125,
            0.375,
            -0.001,
            -1.5,
            1234567.891,
            99.995,
            0.045,
            1e14 + 0.25,
            5e15,
            -2.5e16,
            12.3456789,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            7,
            0.05,
            0.15,
            0.25,
            0.35
        };
        for (double v : values) {
            for (int places = 0; places <= 4; places++) {
                assertThat(CustomerCsv.fixed(v, places))
                        .as("%s to %d places", v, places)
                        .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
            }
        }
    }

    @Test
    void fixed_places_match_the_formatter_on_a_hundred_thousand_random_amounts() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            // amounts with cents (the usual case), and arbitrary doubles of many magnitudes
            double v = i % 2 == 0
                    ? random.nextInt(-1_000_000, 10_000_000) / 100.0
                    : (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-4, 12));
            int places = 1 + i % 4;
            assertThat(CustomerCsv.fixed(v, places))
                    .as("%s to %d places", v, places)
                    .isEqualTo(String.format(Locale.ROOT, "%." + places + "f", v));
        }
    }
}
