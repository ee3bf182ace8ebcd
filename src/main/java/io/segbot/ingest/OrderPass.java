package io.segbot.ingest;

import io.segbot.ErrorText;
import io.segbot.ingest.TransactionsReader.Layout;
import io.segbot.ingest.TransactionsReader.OrderSink;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One pass over a transactions file's rows, holding the running totals. Rows arrive either as
 * Commons CSV values ({@link #general}) or, on the fast path, as byte ranges of a plain ASCII line
 * ({@link #simple}). The fast path decides only the common cases itself; a row it would reject is
 * handed to the general row logic, so every problem is worded and numbered one way.
 */
final class OrderPass implements ByteRecords.Handler {
    private static final String CANCELLATION = "cancellation (invoice number starts with C)";
    private static final String NO_CUSTOMER = "no customer id (cannot be attributed)";

    private final CsvSource source;
    private final Layout layout;
    private final OnError.Tally tally;
    private final String dataset;
    private final OrderSink sink;
    private final DateRange dates;
    private final int earliestDay;
    private final int latestDay;
    private final int width;
    private final int headerNames;
    private final java.util.List<String> header;
    private final int customerColumn;
    private final int orderColumn;
    private final int dateColumn;
    private final int amountColumn;
    private final int quantityColumn;
    private final int priceColumn;
    private final Map<String, Long> excluded = new TreeMap<>();
    private final IdIndex customers = new IdIndex();
    private long rowsRead;
    private long rowsImported;
    private long orders;
    private int firstDay = Integer.MAX_VALUE;
    private int lastDay = Integer.MIN_VALUE;
    private double revenue;
    private String pendingCustomer;
    private String pendingOrder;
    private int pendingDay;
    private double pendingAmount;
    private String countedCustomer;
    private int countedIndex;
    private byte[] pendingOrderBytes = new byte[64];
    private int pendingOrderLength = -1;
    private byte[] lastCustomerBytes = new byte[64];
    private int lastCustomerLength = -1;
    private String lastCustomer;

    /**
     * @param headerMap Commons CSV's header map: column name to index; its size is the width of a
     *     consistent row
     * @param headerNames the header's names, counted in the "expected N fields" message
     */
    OrderPass(
            CsvSource source,
            Layout layout,
            Map<String, Integer> headerMap,
            int headerNames,
            OnError.Tally tally,
            String dataset,
            DateRange dates,
            OrderSink sink) {
        this.source = source;
        this.dates = dates;
        this.earliestDay = (int) dates.earliest().toEpochDay();
        this.latestDay = (int) dates.latest().toEpochDay();
        this.layout = layout;
        this.tally = tally;
        this.dataset = dataset;
        this.sink = sink;
        this.width = headerMap.size();
        this.headerNames = headerNames;
        String[] names = new String[headerMap.size()];
        headerMap.forEach((name, index) -> names[index] = name);
        this.header = java.util.Arrays.asList(names);
        this.customerColumn = headerMap.get(layout.customer());
        this.orderColumn = layout.order() == null ? -1 : headerMap.get(layout.order());
        this.dateColumn = headerMap.get(layout.date());
        this.amountColumn = layout.invoiceLines() ? -1 : headerMap.get(layout.amount());
        this.quantityColumn = layout.invoiceLines() ? headerMap.get(layout.quantity()) : -1;
        this.priceColumn = layout.invoiceLines() ? headerMap.get(layout.price()) : -1;
    }

    @Override
    public void general(String[] values, long recordNumber) {
        rowsRead++;
        row(values, recordNumber + 1);
    }

    @Override
    public void simple(byte[] b, int[] starts, int[] ends, long recordNumber) {
        rowsRead++;
        long line = recordNumber + 1;
        int orderFrom = 0;
        int orderTo = 0;
        if (orderColumn >= 0) {
            orderFrom = ByteFields.trimStart(b, starts[orderColumn], ends[orderColumn]);
            orderTo = ByteFields.trimEnd(b, orderFrom, ends[orderColumn]);
            if (layout.invoiceLines() && orderTo > orderFrom && (b[orderFrom] == 'C' || b[orderFrom] == 'c')) {
                exclude(CANCELLATION);
                return;
            }
        }
        int customerFrom = ByteFields.trimStart(b, starts[customerColumn], ends[customerColumn]);
        int customerTo = ByteFields.trimEnd(b, customerFrom, ends[customerColumn]);
        if (customerFrom == customerTo) {
            exclude(NO_CUSTOMER);
            return;
        }
        customerTo = ByteFields.customerIdEnd(b, customerFrom, customerTo);
        int day = day(b, starts[dateColumn], ends[dateColumn]);
        boolean plausible = day >= earliestDay && day <= latestDay; // NOT_FAST is below any earliest day
        double amount = plausible ? amount(b, starts, ends) : Double.NaN;
        if (Double.isNaN(amount) || amount > Values.MAX_NUMBER) {
            row(values(b, starts, ends), line); // a problem (or a rare shape): the general logic words it
            return;
        }
        if (amount <= 0) {
            exclude(exclusion(amount));
            return;
        }
        rowsImported++;
        String customer = customer(b, customerFrom, customerTo);
        if (orderColumn < 0 || orderTo == orderFrom) {
            merge(customer, "row-" + line, day, amount);
        } else if (pendingOrderLength >= 0
                && customer.equals(pendingCustomer)
                && ByteFields.same(b, orderFrom, orderTo, pendingOrderBytes, pendingOrderLength)) {
            add(day, amount);
        } else {
            String orderId = new String(b, orderFrom, orderTo - orderFrom, StandardCharsets.ISO_8859_1);
            merge(customer, orderId, day, amount);
            if (pendingOrder == orderId) { // this very string: merge started a new order with it
                rememberOrderBytes(b, orderFrom, orderTo);
            }
        }
    }

    private int day(byte[] b, int from, int to) {
        int start = ByteFields.trimStart(b, from, to);
        int end = ByteFields.trimEnd(b, start, to);
        int day = ByteFields.epochDay(b, start, end);
        if (day != ByteFields.NOT_FAST) {
            return day;
        }
        LocalDate date = Values.date(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        return date == null ? ByteFields.NOT_FAST : (int) date.toEpochDay();
    }

    private double amount(byte[] b, int[] starts, int[] ends) {
        if (!layout.invoiceLines()) {
            return number(b, starts[amountColumn], ends[amountColumn]);
        }
        double quantity = number(b, starts[quantityColumn], ends[quantityColumn]);
        double price = Double.isNaN(quantity) ? Double.NaN : number(b, starts[priceColumn], ends[priceColumn]);
        if (Double.isNaN(price)) {
            return Double.NaN;
        }
        return quantity <= 0 || price <= 0 ? 0.0 : quantity * price;
    }

    private static double number(byte[] b, int from, int to) {
        int start = ByteFields.trimStart(b, from, to);
        int end = ByteFields.trimEnd(b, start, to);
        double value = ByteFields.decimal(b, start, end);
        if (Math.abs(value) <= Values.MAX_NUMBER) { // false for NaN: not a plain decimal
            return value;
        }
        Double general = Values.number(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
        return general == null ? Double.NaN : general;
    }

    /** The customer id as a string, reusing the previous row's string for the same bytes. */
    private String customer(byte[] b, int from, int to) {
        if (lastCustomerLength >= 0 && ByteFields.same(b, from, to, lastCustomerBytes, lastCustomerLength)) {
            return lastCustomer;
        }
        int length = to - from;
        if (length > lastCustomerBytes.length) {
            lastCustomerBytes = new byte[length * 2];
        }
        System.arraycopy(b, from, lastCustomerBytes, 0, length);
        lastCustomerLength = length;
        lastCustomer = new String(b, from, length, StandardCharsets.ISO_8859_1);
        return lastCustomer;
    }

    private void rememberOrderBytes(byte[] b, int from, int to) {
        int length = to - from;
        if (length > pendingOrderBytes.length) {
            pendingOrderBytes = new byte[length * 2];
        }
        System.arraycopy(b, from, pendingOrderBytes, 0, length);
        pendingOrderLength = length;
    }

    private static String[] values(byte[] b, int[] starts, int[] ends) {
        String[] values = new String[starts.length];
        for (int i = 0; i < values.length; i++) {
            // Commons CSV strips surrounding blanks; String.trim in the row logic strips the rest
            values[i] = new String(b, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1).strip();
        }
        return values;
    }

    /** The general row logic, on Commons CSV's values of one record. */
    void row(String[] values, long line) {
        if (values.length != width) {
            tally.reject(line, null, "expected " + headerNames + " fields, found " + values.length);
            return;
        }
        String orderId = orderColumn < 0 ? "row-" + line : values[orderColumn].trim();
        if (layout.invoiceLines() && orderId.toUpperCase(Locale.ROOT).startsWith("C")) {
            exclude(CANCELLATION);
            return;
        }
        String customer = Values.customerId(values[customerColumn]);
        if (customer.isEmpty()) {
            exclude(NO_CUSTOMER);
            return;
        }
        LocalDate date = Values.date(values[dateColumn]);
        if (date == null && CsvProblems.repeatsHeader(values, header)) {
            tally.reject(line, null, CsvProblems.REPEATED_HEADER);
            return;
        }
        if (date == null) {
            tally.reject(
                    line,
                    layout.date(),
                    "expected " + Values.DATE_FORMS + ", got '" + ErrorText.quote(values[dateColumn]) + "'");
            return;
        }
        String implausible = dates.problem(date);
        if (implausible != null) {
            tally.reject(line, layout.date(), implausible);
            return;
        }
        Double amount = amount(values, line);
        if (amount == null) {
            return;
        }
        if (amount <= 0) {
            exclude(exclusion(amount));
            return;
        }
        rowsImported++;
        merge(customer, orderId.isEmpty() ? "row-" + line : orderId, (int) date.toEpochDay(), amount);
    }

    private String exclusion(double amount) {
        return layout.invoiceLines()
                ? "non-positive quantity or price (adjustment or return)"
                : amount == 0 ? "zero amount" : "negative amount (return or refund)";
    }

    private Double amount(String[] values, long line) {
        if (!layout.invoiceLines()) {
            return cell(values, amountColumn, layout.amount(), line);
        }
        Double quantity = cell(values, quantityColumn, layout.quantity(), line);
        Double price = quantity == null ? null : cell(values, priceColumn, layout.price(), line);
        if (price == null) {
            return null;
        }
        if (quantity <= 0 || price <= 0) {
            return 0.0;
        }
        double revenue = quantity * price;
        if (revenue > Values.MAX_NUMBER) {
            tally.reject(
                    line,
                    layout.quantity(),
                    String.format(
                            java.util.Locale.ROOT,
                            "quantity × price is %,.0f, too large for one line (at most 1,000,000,000,000);"
                                    + " check the quantity and price",
                            revenue));
            return null;
        }
        return revenue;
    }

    private Double cell(String[] values, int column, String name, long line) {
        Double value = Values.number(values[column]);
        if (value == null) {
            tally.reject(line, name, Values.numberProblem(values[column]));
        }
        return value;
    }

    private void merge(String customer, String orderId, int day, double amount) {
        if (orderId.equals(pendingOrder) && customer.equals(pendingCustomer)) {
            add(day, amount);
            return;
        }
        flush();
        start(customer, orderId, day, amount);
        pendingOrderLength = -1;
    }

    private void add(int day, double amount) {
        pendingAmount += amount;
        pendingDay = Math.min(day, pendingDay);
    }

    private void start(String customer, String orderId, int day, double amount) {
        pendingCustomer = customer;
        pendingOrder = orderId;
        pendingDay = day;
        pendingAmount = amount;
    }

    private void flush() {
        if (pendingCustomer == null) {
            return;
        }
        if (!pendingCustomer.equals(countedCustomer)) {
            countedIndex = customers.index(pendingCustomer);
            countedCustomer = pendingCustomer;
        }
        sink.accept(pendingCustomer, countedIndex, pendingOrder, pendingDay, pendingAmount);
        orders++;
        revenue += pendingAmount;
        firstDay = Math.min(firstDay, pendingDay);
        lastDay = Math.max(lastDay, pendingDay);
        pendingCustomer = null;
        pendingOrder = null;
        pendingOrderLength = -1;
    }

    private void exclude(String reason) {
        excluded.merge(reason, 1L, Long::sum);
    }

    ImportSummary finish() {
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
                orders == 0 ? null : LocalDate.ofEpochDay(firstDay),
                orders == 0 ? null : LocalDate.ofEpochDay(lastDay),
                revenue);
    }
}
