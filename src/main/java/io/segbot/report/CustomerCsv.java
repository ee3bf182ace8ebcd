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
                    String.format(java.util.Locale.ROOT, "%.1f", c.rfmScore()),
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
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static String fixed(Double value, int places) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%." + places + "f", value);
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
