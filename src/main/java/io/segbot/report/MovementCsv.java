package io.segbot.report;

import io.segbot.store.RunRecords.Run;
import io.segbot.store.RunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every customer of two runs with the segment in each (RFC 4180): the later run's customers in
 * stored order, then those who left. Streamed while the runs are compared.
 */
final class MovementCsv {
    static final String[] HEADER = {
        "customer_id", "segment_before", "segment_after", "status", "monetary_before", "monetary_after"
    };

    private MovementCsv() {}

    static long write(Writer out, RunRepository runs, Run earlier, Run later, MovementReport.Naming naming)
            throws IOException {
        CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        long[] rows = {0};
        try {
            MovementReport.compare(runs, earlier, later, naming, 0, move -> {
                try {
                    printer.printRecord(
                            move.before() == null
                                    ? move.after().customerId()
                                    : move.before().customerId(),
                            move.before() == null ? "" : move.before().segment(),
                            move.after() == null ? "" : move.after().segment(),
                            status(move),
                            move.before() == null ? "" : money(move.before().monetary()),
                            move.after() == null ? "" : money(move.after().monetary()));
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
        return rows[0];
    }

    static String status(SegmentMovement.Move move) {
        if (move.before() == null) {
            return "entered";
        }
        if (move.after() == null) {
            return "left";
        }
        return move.before().segment().equals(move.after().segment()) ? "stayed" : "moved";
    }

    private static String money(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
