package io.segbot.ingest;

import io.segbot.ErrorText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a customer-level file: {@code customer_id, recency_days, frequency, monetary[, segment]},
 * the chatbot prototype's layout. Each customer may appear once.
 */
public final class CustomersReader {
    /** Receives each customer once. {@code segment} is null when the file has no such column. */
    @FunctionalInterface
    public interface CustomerSink {
        void accept(String customerId, int recencyDays, int frequency, double monetary, String segment);
    }

    private CustomersReader() {}

    public static ImportSummary read(
            CsvSource source, ColumnMapping mapping, OnError onError, String dataset, CustomerSink sink) {
        try (CSVParser parser = source.parse()) {
            Pass pass =
                    new Pass(Columns.of(source, mapping, parser.getHeaderNames()), onError.tally(source.file()), sink);
            for (CSVRecord record : parser) {
                pass.row(record, record.getRecordNumber() + 1);
            }
            if (pass.rows == 0) {
                throw new ImportException(source.file(), "the file has a header but no data rows");
            }
            return pass.summary(dataset);
        } catch (IOException | UncheckedIOException e) {
            throw CsvProblems.explain(source, e);
        }
    }

    /** The file's columns for each field; {@code segment} is null when the file has none. */
    private record Columns(
            List<String> headers, String id, String recency, String frequency, String monetary, String segment) {
        static final String LAYOUT = "customers";

        static Columns of(CsvSource source, ColumnMapping mapping, List<String> headers) {
            CsvProblems.refuseDuplicateNames(source, headers);
            return new Columns(
                    headers,
                    mapping.require("customer", LAYOUT, headers, source.file()),
                    mapping.require("recency", LAYOUT, headers, source.file()),
                    mapping.require("frequency", LAYOUT, headers, source.file()),
                    mapping.require("monetary", LAYOUT, headers, source.file()),
                    mapping.find("segment", headers, source.file()));
        }
    }

    /** One pass over the rows: each customer once, bad rows refused or skipped by the policy. */
    private static final class Pass {
        private final Columns columns;
        private final OnError.Tally tally;
        private final CustomerSink sink;
        private final Map<String, Long> seenAt = new HashMap<>();
        private long rows;
        private double revenue;

        Pass(Columns columns, OnError.Tally tally, CustomerSink sink) {
            this.columns = columns;
            this.tally = tally;
            this.sink = sink;
        }

        void row(CSVRecord record, long line) {
            rows++;
            String customer = customer(record, line);
            if (customer == null) {
                return;
            }
            Integer r = count(record, columns.recency(), line, tally);
            Integer f = r == null ? null : count(record, columns.frequency(), line, tally);
            Double m = f == null ? null : money(record, columns.monetary(), line, tally);
            if (m == null) {
                seenAt.remove(customer);
                return;
            }
            String segment = columns.segment();
            String label = segment == null || record.get(segment).isBlank()
                    ? null
                    : record.get(segment).trim();
            sink.accept(customer, r, f, m, label);
            revenue += m;
        }

        /** The row's customer id, or null (after telling the tally) when the row cannot be a customer. */
        private String customer(CSVRecord record, long line) {
            List<String> headers = columns.headers();
            if (!record.isConsistent()) {
                tally.reject(line, null, "expected " + headers.size() + " fields, found " + record.size());
                return null;
            }
            if (CsvProblems.repeatsHeader(record.values(), headers)) {
                tally.reject(line, null, CsvProblems.REPEATED_HEADER);
                return null;
            }
            String customer = Values.customerId(record.get(columns.id()));
            if (customer.isEmpty()) {
                tally.reject(line, columns.id(), "the customer id is empty");
                return null;
            }
            Long earlier = seenAt.putIfAbsent(customer, line);
            if (earlier != null) {
                tally.reject(
                        line,
                        columns.id(),
                        "customer " + ErrorText.quote(customer) + " already appeared on line " + earlier);
                return null;
            }
            return customer;
        }

        ImportSummary summary(String dataset) {
            return new ImportSummary(
                    dataset,
                    Columns.LAYOUT,
                    rows,
                    seenAt.size(),
                    Map.of(),
                    tally.listed(),
                    tally.count(),
                    seenAt.size(),
                    seenAt.size(),
                    null,
                    null,
                    revenue);
        }
    }

    private static Integer count(CSVRecord record, String column, long line, OnError.Tally tally) {
        String text = record.get(column).trim();
        Double value = Values.number(text);
        if (value == null || value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
            tally.reject(line, column, "expected a whole number of at least 0, got '" + ErrorText.quote(text) + "'");
            return null;
        }
        return value.intValue();
    }

    private static Double money(CSVRecord record, String column, long line, OnError.Tally tally) {
        String text = record.get(column);
        Double value = Values.number(text);
        if (value == null) {
            tally.reject(line, column, Values.numberProblem(text));
        } else if (value < 0) {
            tally.reject(line, column, "expected a total spend of at least 0, got " + ErrorText.quote(text.trim()));
            return null;
        }
        return value;
    }
}
