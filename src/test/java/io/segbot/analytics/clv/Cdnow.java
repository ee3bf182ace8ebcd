package io.segbot.analytics.clv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segbot.analytics.Purchase;
import io.segbot.ingest.CdnowReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The CDNOW benchmark files in ../shared, read once per JVM; tests skip when the folder is absent. */
final class Cdnow {
    static final Path FOLDER = Path.of("../shared/data/cdnow");
    static final Path SAMPLE = FOLDER.resolve("CDNOW_sample.txt");
    static final Path SUMMARY = FOLDER.resolve("cdnow_customers_summary_with_transactions.csv");
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    private static List<Purchase> sample;
    private static RfmSummaries summaries;

    private Cdnow() {}

    private static boolean absenceReported;

    static void assumePresent() {
        boolean present = Files.exists(SAMPLE) && Files.exists(SUMMARY);
        synchronized (Cdnow.class) {
            if (!present && !absenceReported) {
                absenceReported = true;
                System.err.println("CDNOW data not found at " + FOLDER.toAbsolutePath()
                        + ": tests against published CDNOW figures are skipped (simulation tests still run)");
            }
        }
        assumeTrue(
                Files.exists(SAMPLE) && Files.exists(SUMMARY),
                "CDNOW data not found at " + FOLDER.toAbsolutePath() + ": published-figure tests skipped");
    }

    static synchronized List<Purchase> sample() {
        assumePresent();
        if (sample == null) {
            try {
                List<Purchase> read = new java.util.ArrayList<>();
                CdnowReader.read(
                        SAMPLE,
                        CdnowReader.Layout.SAMPLE,
                        (customer, order, day, amount) ->
                                read.add(new Purchase(customer, order, java.time.LocalDate.ofEpochDay(day), amount)));
                sample = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sample;
    }

    /** The 2,357 calibration summaries in weeks, built from the transactions. */
    static synchronized RfmSummaries weeklySummaries() {
        if (summaries == null) {
            summaries = RfmSummaryBuilder.fromPurchases(sample(), CALIBRATION_END, PeriodUnit.WEEKS);
        }
        return summaries;
    }

    /** The published summary file's rows as strings: ID, x, t_x, T, zbar. */
    static List<String[]> publishedSummaryRows() {
        assumePresent();
        try {
            return Files.readAllLines(SUMMARY).stream()
                    .skip(1)
                    .map(line -> line.split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
