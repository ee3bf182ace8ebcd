package io.segbot.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded transactions file with three kinds of customers, so k-means has clear structure: 40 %
 * frequent, recent, high spenders (4–14 orders, typically about 140), 35 % occasional buyers (2–4
 * orders, about 45) and 25 % one-time buyers (one order of about 17, long ago). Each customer has an
 * own typical order value spread around their kind's, so Gamma-Gamma has spend to model. Ids run from 7 to 4-digit numbers
 * (F's tie-break compares them as numbers), and every ninth order has two lines (the order merge).
 */
final class Fixture {
    static final LocalDate START = LocalDate.of(2023, 1, 1);
    static final int DAYS = 700;

    private Fixture() {}

    static Path write(Path folder, int customers, long seed) {
        Path file = folder.resolve("orders.csv");
        SplittableRandom random = new SplittableRandom(seed);
        int order = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("customer_id,order_id,order_date,amount\n");
            for (int c = 0; c < customers; c++) {
                String id = Integer.toString(7 + c * 3);
                int kind = c % 20 < 8 ? 0 : c % 20 < 15 ? 1 : 2;
                int orders = kind == 0 ? 4 + random.nextInt(11) : kind == 1 ? 2 + random.nextInt(3) : 1;
                int from = kind == 0 ? 300 : kind == 1 ? 100 : 0;
                int to = kind == 0 ? DAYS : kind == 1 ? 600 : 300;
                // Each customer's own typical order value (spread across customers, as Gamma-Gamma assumes),
                // and order values around it.
                double typical = (kind == 0 ? 140 : kind == 1 ? 45 : 17)
                        * Math.exp(0.5 * random.nextDouble() - 0.25)
                        * (0.3 + 1.4 * random.nextDouble());
                for (int o = 0; o < orders; o++) {
                    order++;
                    LocalDate day = START.plusDays(from + random.nextInt(to - from));
                    int lines = order % 9 == 0 ? 2 : 1;
                    for (int line = 0; line < lines; line++) {
                        double amount = Math.round(typical * (0.6 + 0.8 * random.nextDouble()) / lines * 100) / 100.0;
                        out.write(String.format(Locale.ROOT, "%s,O%d,%s,%.2f%n", id, order, day, amount));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
