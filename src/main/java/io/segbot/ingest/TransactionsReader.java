package io.segbot.ingest;

import io.segbot.ErrorText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /** Receives each order once. */
    @FunctionalInterface
    public interface OrderSink {
        void accept(String customerId, String orderId, LocalDate date, double amount);
    }

    private TransactionsReader() {}

    public static ImportSummary read(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, OrderSink sink) {
        return read(source, mapping, onError, dataset, DateRange.untilToday(null), sink);
    }

    public static ImportSummary read(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, DateRange dates, OrderSink sink) {
        try (CSVParser parser = source.parse()) {
            List<String> headers = parser.getHeaderNames();
            Layout layout = Layout.detect(mapping, headers, source);
            return new Pass(source, layout, onError.tally(source.file()), dataset, dates, sink).run(parser);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(source.file(), "cannot read the file as UTF-8 CSV: " + rootMessage(e));
        }
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause instanceof java.nio.charset.CharacterCodingException
                ? "it contains bytes that are not UTF-8 (" + cause.getClass().getSimpleName() + "); save it as UTF-8"
                : message == null ? cause.getClass().getSimpleName() : message;
    }

    /** The resolved columns of one file. */
    record Layout(
            String name, String customer, String order, String date, String amount, String quantity, String price) {
        static Layout detect(ColumnMapping mapping, List<String> headers, CsvSource source) {
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

    /** One pass over the rows; holds the running totals. */
    private static final class Pass {
        private final CsvSource source;
        private final Layout layout;
        private final OnError.Tally tally;
        private final String dataset;
        private final OrderSink sink;
        private final DateRange dates;
        private final Map<String, Long> excluded = new TreeMap<>();
        private final Set<String> customers = new HashSet<>();
        private long rowsRead;
        private long rowsImported;
        private long orders;
        private LocalDate first;
        private LocalDate last;
        private double revenue;
        private String pendingCustomer;
        private String pendingOrder;
        private LocalDate pendingDate;
        private double pendingAmount;

        Pass(CsvSource source, Layout layout, OnError.Tally tally, String dataset, DateRange dates, OrderSink sink) {
            this.source = source;
            this.dates = dates;
            this.layout = layout;
            this.tally = tally;
            this.dataset = dataset;
            this.sink = sink;
        }

        ImportSummary run(CSVParser parser) {
            for (CSVRecord record : parser) {
                rowsRead++;
                row(record, record.getRecordNumber() + 1);
            }
            flush();
            if (rowsRead == 0) {
                throw new ImportException(source.file(), "the file has a header but no data rows");
            }
            return new ImportSummary(
                    dataset,
                    layout.name(),
                    rowsRead,
                    rowsImported,
                    Map.copyOf(excluded),
                    tally.listed(),
                    tally.count(),
                    orders,
                    customers.size(),
                    first,
                    last,
                    revenue);
        }

        private void row(CSVRecord record, long line) {
            if (!record.isConsistent()) {
                tally.reject(line, null, "expected " + parserWidth(record) + " fields, found " + record.size());
                return;
            }
            String orderId = layout.order() == null
                    ? "row-" + line
                    : record.get(layout.order()).trim();
            if (layout.invoiceLines()
                    && orderId.toUpperCase(java.util.Locale.ROOT).startsWith("C")) {
                exclude("cancellation (invoice number starts with C)");
                return;
            }
            String customer = Values.customerId(record.get(layout.customer()));
            if (customer.isEmpty()) {
                exclude("no customer id (cannot be attributed)");
                return;
            }
            LocalDate date = Values.date(record.get(layout.date()));
            if (date == null) {
                tally.reject(
                        line,
                        layout.date(),
                        "expected " + Values.DATE_FORMS + ", got '" + ErrorText.quote(record.get(layout.date())) + "'");
                return;
            }
            String implausible = dates.problem(date);
            if (implausible != null) {
                tally.reject(line, layout.date(), implausible);
                return;
            }
            Double amount = amount(record, line);
            if (amount == null) {
                return;
            }
            if (amount <= 0) {
                exclude(
                        layout.invoiceLines()
                                ? "non-positive quantity or price (adjustment or return)"
                                : amount == 0 ? "zero amount" : "negative amount (return or refund)");
                return;
            }
            rowsImported++;
            merge(customer, orderId.isEmpty() ? "row-" + line : orderId, date, amount);
        }

        private Double amount(CSVRecord record, long line) {
            if (!layout.invoiceLines()) {
                return cell(record, layout.amount(), line);
            }
            Double quantity = cell(record, layout.quantity(), line);
            Double price = quantity == null ? null : cell(record, layout.price(), line);
            if (price == null) {
                return null;
            }
            return quantity <= 0 || price <= 0 ? 0.0 : quantity * price;
        }

        private Double cell(CSVRecord record, String column, long line) {
            String text = record.get(column);
            Double value = Values.number(text);
            if (value == null) {
                tally.reject(line, column, Values.numberProblem(text));
            }
            return value;
        }

        private void merge(String customer, String orderId, LocalDate date, double amount) {
            if (orderId.equals(pendingOrder) && customer.equals(pendingCustomer)) {
                pendingAmount += amount;
                pendingDate = date.isBefore(pendingDate) ? date : pendingDate;
                return;
            }
            flush();
            pendingCustomer = customer;
            pendingOrder = orderId;
            pendingDate = date;
            pendingAmount = amount;
        }

        private void flush() {
            if (pendingCustomer == null) {
                return;
            }
            sink.accept(pendingCustomer, pendingOrder, pendingDate, pendingAmount);
            orders++;
            customers.add(pendingCustomer);
            revenue += pendingAmount;
            first = first == null || pendingDate.isBefore(first) ? pendingDate : first;
            last = last == null || pendingDate.isAfter(last) ? pendingDate : last;
            pendingCustomer = null;
            pendingOrder = null;
        }

        private void exclude(String reason) {
            excluded.merge(reason, 1L, Long::sum);
        }

        private static int parserWidth(CSVRecord record) {
            return record.getParser().getHeaderNames().size();
        }
    }
}
