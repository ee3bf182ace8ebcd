package io.segbot.ingest;

import io.segbot.ErrorText;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the CDNOW benchmark files (whitespace separated, one purchase occasion a line):
 *
 * <ul>
 *   <li>master: {@code customer_id yyyymmdd cds dollars}, with a header line;
 *   <li>sample: {@code master_id sample_id yyyymmdd cds dollars}, no header.
 * </ul>
 *
 * <p>Customer ids drop their leading zeros. For the sample the customer is the <em>sample</em> id
 * (1..2357): that is the {@code ID} of the published summaries {@code cdnow_customers_summary*.csv}
 * (ID 1 is sample id 0001 = master id 00004, whose three purchases by 1997-09-30 give x = 2, t_x =
 * 30.43 weeks). Each line is its own order, with the line number as order id.
 */
public final class CdnowReader {
    /** Which layout a file has; {@code AUTO} decides from the column count of the first data line. */
    public enum Layout {
        MASTER,
        SAMPLE,
        AUTO
    }

    private CdnowReader() {}

    /**
     * Streams every purchase occasion to {@code sink} (the line number is the order id) and returns
     * how many there were. The sink is the import's own {@link TransactionsReader.OrderSink}, so
     * ingest hands over plain values and the caller makes its domain records.
     */
    public static long read(Path file, Layout layout, TransactionsReader.OrderSink sink) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return read(reader, file.toString(), layout, sink);
        }
    }

    public static long read(BufferedReader reader, String source, Layout layout, TransactionsReader.OrderSink sink)
            throws IOException {
        long purchases = 0;
        Layout resolved = layout;
        long lineNumber = 0;
        boolean firstLine = true;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 1 && fields[0].isEmpty()) {
                continue;
            }
            if (firstLine) {
                firstLine = false;
                if (!fields[0].chars().allMatch(Character::isDigit)) {
                    continue; // the master file's header line
                }
            }
            if (resolved == Layout.AUTO) {
                resolved = detect(fields.length, source, lineNumber);
            }
            parse(fields, resolved, source, lineNumber, sink);
            purchases++;
        }
        return purchases;
    }

    private static Layout detect(int columns, String source, long lineNumber) {
        return switch (columns) {
            case 4 -> Layout.MASTER;
            case 5 -> Layout.SAMPLE;
            default -> throw new CdnowFormatException(
                    source,
                    lineNumber,
                    "found " + columns + " columns, but CDNOW files have 4 (master: customer_id yyyymmdd cds"
                            + " dollars) or 5 (sample: master_id sample_id yyyymmdd cds dollars); for other"
                            + " layouts use segbot import");
        };
    }

    private static void parse(
            String[] fields, Layout layout, String source, long lineNumber, TransactionsReader.OrderSink sink) {
        int expected = layout == Layout.MASTER ? 4 : 5;
        if (fields.length != expected) {
            throw new CdnowFormatException(
                    source,
                    lineNumber,
                    "expected " + expected + " whitespace-separated columns for the "
                            + layout.name().toLowerCase(java.util.Locale.ROOT) + " layout, found " + fields.length
                            + ": '"
                            + ErrorText.quote(String.join(" ", fields)) + "'");
        }
        int offset = expected - 4;
        String customer = stripZeros(fields[offset], source, lineNumber);
        LocalDate date = parseDate(fields[offset + 1], source, lineNumber);
        if (!fields[offset + 2].chars().allMatch(Character::isDigit)) {
            throw new CdnowFormatException(
                    source,
                    lineNumber,
                    "number of CDs '" + ErrorText.quote(fields[offset + 2]) + "' is not a whole number");
        }
        double dollars;
        try {
            dollars = Double.parseDouble(fields[offset + 3]);
        } catch (NumberFormatException e) {
            throw new CdnowFormatException(
                    source, lineNumber, "dollar value '" + ErrorText.quote(fields[offset + 3]) + "' is not a number");
        }
        if (!Double.isFinite(dollars)) {
            throw new CdnowFormatException(
                    source, lineNumber, "dollar value '" + ErrorText.quote(fields[offset + 3]) + "' is not finite");
        }
        sink.accept(customer, Long.toString(lineNumber), (int) date.toEpochDay(), dollars);
    }

    private static String stripZeros(String id, String source, long lineNumber) {
        if (!id.chars().allMatch(Character::isDigit)) {
            throw new CdnowFormatException(
                    source, lineNumber, "customer id '" + ErrorText.quote(id) + "' is not a number");
        }
        int start = 0;
        while (start < id.length() - 1 && id.charAt(start) == '0') {
            start++;
        }
        return id.substring(start);
    }

    private static LocalDate parseDate(String text, String source, long lineNumber) {
        if (text.length() != 8 || !text.chars().allMatch(Character::isDigit)) {
            throw new CdnowFormatException(
                    source, lineNumber, "date '" + ErrorText.quote(text) + "' is not in yyyymmdd form");
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(text, 0, 4, 10),
                    Integer.parseInt(text, 4, 6, 10),
                    Integer.parseInt(text, 6, 8, 10));
        } catch (DateTimeException e) {
            throw new CdnowFormatException(
                    source, lineNumber, "date '" + ErrorText.quote(text) + "' is not a calendar day");
        }
    }
}
