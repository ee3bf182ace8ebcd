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
            List<String> headers = parser.getHeaderNames();
            String layout = "customers";
            CsvProblems.refuseDuplicateNames(source, headers);
            String id = mapping.require("customer", layout, headers, source.file());
            String recency = mapping.require("recency", layout, headers, source.file());
            String frequency = mapping.require("frequency", layout, headers, source.file());
            String monetary = mapping.require("monetary", layout, headers, source.file());
            String segment = mapping.find("segment", headers, source.file());
            OnError.Tally tally = onError.tally(source.file());
            Map<String, Long> seenAt = new HashMap<>();
            long rows = 0;
            double revenue = 0;
            for (CSVRecord record : parser) {
                rows++;
                long line = record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    tally.reject(line, null, "expected " + headers.size() + " fields, found " + record.size());
                    continue;
                }
                if (CsvProblems.repeatsHeader(record.values(), headers)) {
                    tally.reject(line, null, CsvProblems.REPEATED_HEADER);
                    continue;
                }
                String customer = Values.customerId(record.get(id));
                if (customer.isEmpty()) {
                    tally.reject(line, id, "the customer id is empty");
                    continue;
                }
                Long earlier = seenAt.putIfAbsent(customer, line);
                if (earlier != null) {
                    tally.reject(
                            line, id, "customer " + ErrorText.quote(customer) + " already appeared on line " + earlier);
                    continue;
                }
                Integer r = count(record, recency, line, tally);
                Integer f = r == null ? null : count(record, frequency, line, tally);
                Double m = f == null ? null : money(record, monetary, line, tally);
                if (m == null) {
                    seenAt.remove(customer);
                    continue;
                }
                String label = segment == null || record.get(segment).isBlank()
                        ? null
                        : record.get(segment).trim();
                sink.accept(customer, r, f, m, label);
                revenue += m;
            }
            if (rows == 0) {
                throw new ImportException(source.file(), "the file has a header but no data rows");
            }
            return new ImportSummary(
                    dataset,
                    layout,
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
        } catch (IOException | UncheckedIOException e) {
            throw CsvProblems.explain(source, e);
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
