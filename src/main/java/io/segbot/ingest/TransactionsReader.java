package io.segbot.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a transactions file in one of two layouts and streams orders to a sink.
 *
 * <ul>
 *   <li>orders: {@code customer_id, order_id, order_date, amount}, one row per order or order line
 *       (order_id optional: without it every row is its own order);
 *   <li>invoice lines: {@code InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice,
 *       CustomerID, Country}; revenue is Quantity × UnitPrice, an invoice starting with C is a
 *       cancellation, and rows without a customer id cannot be attributed.
 * </ul>
 *
 * Consecutive rows of the same customer and order are merged into one order (dated at its first
 * row). Rows left out by a business rule are counted per reason, never dropped silently.
 */
public final class TransactionsReader {
    /** Receives each order once; dates are epoch days, so ten million orders allocate no dates. */
    @FunctionalInterface
    public interface OrderSink {
        void accept(String customerId, String orderId, int epochDay, double amount);

        /**
         * As {@link #accept(String, String, int, double)}, with the customer's number: 0, 1, 2, ... in
         * order of first appearance in the file (the CSV readers number customers as they count them;
         * a sink that stores the numbers overrides this).
         */
        default void accept(String customerId, int customerIndex, String orderId, int epochDay, double amount) {
            accept(customerId, orderId, epochDay, amount);
        }
    }

    private static final OrderSink DISCARD = (customer, order, day, amount) -> {};

    private TransactionsReader() {}

    /**
     * Reads the file on the byte-level fast path (hashing it in the same pass) when its delimiter
     * allows, else with Commons CSV alone. When the fast path fails, the general path reads the file
     * again and its error is the one thrown, so both paths report a problem in the same words.
     */
    public static ImportSummary read(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, OrderSink sink) {
        return read(source, mapping, onError, dataset, DateRange.untilToday(null), sink);
    }

    /** @param dates the plausible order dates: a row outside is refused (or skipped and listed) */
    public static ImportSummary read(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, DateRange dates, OrderSink sink) {
        if (!ByteRecords.supports(source.delimiter())) {
            return readGeneral(source, mapping, onError, dataset, dates, sink);
        }
        try {
            return readFast(source, mapping, onError, dataset, dates, sink);
        } catch (ImportException fast) {
            readGeneral(source, mapping, onError, dataset, dates, DISCARD);
            throw fast;
        }
    }

    /** The fast path alone (package-private for the test that compares it with the general path). */
    static ImportSummary readFast(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, DateRange dates, OrderSink sink) {
        try (ByteRecords records =
                ByteRecords.open(source.file(), source.delimiter(), CsvSource.format(source.delimiter()))) {
            CSVParser header = records.header();
            List<String> headers = header.getHeaderNames();
            Layout layout = Layout.detect(mapping, headers, source);
            OrderPass pass = new OrderPass(
                    source,
                    layout,
                    header.getHeaderMap(),
                    headers.size(),
                    onError.tally(source.file()),
                    dataset,
                    dates,
                    sink);
            records.forEach(pass);
            ImportSummary summary = pass.finish();
            source.recordChecksum(records.checksum());
            return summary;
        } catch (IOException | UncheckedIOException e) {
            throw CsvProblems.explain(source, e);
        }
    }

    /** Commons CSV alone: the reference for every edge case and error message. */
    static ImportSummary readGeneral(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, DateRange dates, OrderSink sink) {
        try (CSVParser parser = source.parse()) {
            List<String> headers = parser.getHeaderNames();
            Layout layout = Layout.detect(mapping, headers, source);
            OrderPass pass = new OrderPass(
                    source,
                    layout,
                    parser.getHeaderMap(),
                    headers.size(),
                    onError.tally(source.file()),
                    dataset,
                    dates,
                    sink);
            for (CSVRecord record : parser) {
                pass.general(record.values(), record.getRecordNumber());
            }
            return pass.finish();
        } catch (IOException | UncheckedIOException e) {
            throw CsvProblems.explain(source, e);
        }
    }

    /** The resolved columns of one file. */
    record Layout(
            String name, String customer, String order, String date, String amount, String quantity, String price) {
        static Layout detect(ColumnMapping mapping, List<String> headers, CsvSource source) {
            CsvProblems.refuseDuplicateNames(source, headers);
            String quantity = mapping.find("quantity", headers, source.file());
            String price = mapping.find("price", headers, source.file());
            boolean lines = quantity != null && price != null;
            String name = lines ? "invoice lines" : "orders";
            String customer = mapping.require("customer", name, headers, source.file());
            String date = mapping.require("date", name, headers, source.file());
            String order = lines
                    ? mapping.require("order", name, headers, source.file())
                    : mapping.find("order", headers, source.file());
            String amount = lines ? null : mapping.require("amount", name, headers, source.file());
            return new Layout(name, customer, order, date, amount, quantity, price);
        }

        boolean invoiceLines() {
            return amount == null;
        }
    }
}
