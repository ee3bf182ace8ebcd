package io.segbot.report;

import io.segbot.CsvCells;
import io.segbot.segmentation.RunRecords;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Streams a run's customers to RFC 4180 CSV, one row at a time (never the whole list in memory). */
public final class CustomerCsv implements AutoCloseable {
    public static final String[] HEADER = {
        "customer_id", "recency_days", "frequency", "monetary", "r_score", "f_score", "m_score", "rfm_score",
        "rfm_segment", "cluster", "churn_risk", "clv_index", "clv_1y", "value_tier", "p_alive",
                "expected_purchases_90d",
        "expected_purchases_365d", "predicted_clv"
    };

    private final CSVPrinter printer;

    public CustomerCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
    }

    public void write(RunRecords.Customer c) {
        try {
            printer.printRecord(
                    CsvCells.text(c.customerId()),
                    c.recencyDays(),
                    c.frequency(),
                    money(c.monetary()),
                    c.r(),
                    c.f(),
                    c.m(),
                    fixed(c.rfmScore(), 1),
                    CsvCells.text(c.rfmSegment()),
                    c.cluster(),
                    CsvCells.text(c.churnRisk()),
                    money(c.clvIndex()),
                    money(c.clvHorizon()),
                    CsvCells.text(c.valueTier()),
                    fixed(c.pAlive(), 4),
                    fixed(c.expected90(), 3),
                    fixed(c.expected365(), 3),
                    c.predictedClv() == null ? "" : money(c.predictedClv()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(double value) {
        return fixed(value, 2);
    }

    private static String fixed(Double value, int places) {
        return value == null ? "" : fixed(value.doubleValue(), places);
    }

    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    /**
     * {@code String.format(Locale.ROOT, "%.<places>f", value)}, character for character, without a
     * Formatter per cell (a whole-segment export writes millions of cells). Values near a rounding
     * tie, or too large for a long, take the Formatter's own way: the shortest decimal that reads back
     * as the double ({@link Double#toString}), rounded half up.
     */
    static String fixed(double value, int places) {
        boolean negative = Double.doubleToRawLongBits(value) < 0;
        double magnitude = Math.abs(value);
        double scaled = magnitude * POWERS[places];
        double fraction = scaled - Math.floor(scaled);
        if (!Double.isFinite(value)) {
            return String.format(java.util.Locale.ROOT, "%." + places + "f", value);
        }
        // below 1e9 the product is within 2.4e-7 of the exact one, well inside the tie guard
        if (!(scaled < 1e9) || Math.abs(fraction - 0.5) < 1e-6) {
            String text = java.math.BigDecimal.valueOf(magnitude) // the shortest decimal, as the Formatter rounds
                    .setScale(places, java.math.RoundingMode.HALF_UP)
                    .toPlainString();
            return negative ? "-" + text : text;
        }
        long units = Math.round(scaled);
        StringBuilder out = new StringBuilder(24);
        if (negative) {
            out.append('-');
        }
        out.append(units / POWERS[places]);
        if (places > 0) {
            out.append('.');
            String digits = Long.toString(units % POWERS[places]);
            for (int i = digits.length(); i < places; i++) {
                out.append('0');
            }
            out.append(digits);
        }
        return out.toString();
    }

    /** Pushes buffered rows to the underlying writer, leaving it open. */
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
