package io.segbot.spark;

import io.segbot.analytics.PurchaseColumns;
import io.segbot.ingest.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads segbot's transactions shape (customer_id, order_id, order_date, amount) from CSV with a
 * header or from Parquet, on any path Spark can read (local, HDFS, S3, ...). Cells are parsed by the
 * importer's own {@link Values}, so a date or amount means here what it means to {@code segbot import}.
 */
final class Orders {
    static final List<String> COLUMNS = List.of("customer_id", "order_id", "order_date", "amount");

    private Orders() {}

    /** The rows, and the count of unreadable ones (known once an action has run over the rows). */
    record Read(JavaRDD<OrderLine> lines, LongAccumulator unreadable) {}

    /** The input's rows; a row whose date, amount or customer id does not parse fails the job, as import does. */
    static Read read(SparkSession spark, String input) {
        Dataset<Row> raw = isParquet(input)
                ? spark.read().parquet(input)
                : spark.read().option("header", "true").csv(input);
        List<String> missing = new ArrayList<>();
        for (String column : COLUMNS) {
            if (!Arrays.asList(raw.columns()).contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new SparkJobException(input + " has no column " + String.join(", ", missing) + " (it has "
                    + String.join(", ", raw.columns()) + "); the Spark engine reads the transactions shape "
                    + String.join(",", COLUMNS));
        }
        Dataset<Row> typed = raw.select(
                functions.col("customer_id").cast("string"),
                functions.col("order_id").cast("string"),
                functions.col("order_date").cast("string"),
                functions.col("amount").cast("string"),
                // Increasing in file order within and across the splits of a file: a customer's rows are
                // handed to the core in the order the in-process importer reads them.
                functions.monotonically_increasing_id());
        LongAccumulator bad = spark.sparkContext().longAccumulator("unreadable rows");
        JavaRDD<OrderLine> lines = typed.javaRDD().flatMap(row -> {
            OrderLine line = parse(row);
            if (line == null) {
                bad.add(1);
                return List.<OrderLine>of().iterator();
            }
            return List.of(line).iterator();
        });
        return new Read(lines.setName("orders of " + input), bad);
    }

    /** Fails with the count once the rows have been read (an accumulator is known after an action). */
    static void checkReadable(long unreadable, String input) {
        if (unreadable > 0) {
            throw new SparkJobException(String.format(
                    Locale.ROOT,
                    "%,d rows of %s have an empty customer id, or an order_date or amount that does"
                            + " not parse (expected %s and a plain number); fix them, or import the file with"
                            + " segbot import to see each row's problem",
                    unreadable,
                    input,
                    Values.DATE_FORMS));
        }
    }

    static boolean isParquet(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.endsWith(".parquet") || lower.endsWith(".parq") || lower.endsWith(".parquet/");
    }

    private static OrderLine parse(Row row) {
        if (row.isNullAt(0) || row.isNullAt(1) || row.isNullAt(2) || row.isNullAt(3)) {
            return null;
        }
        String customer = Values.customerId(row.getString(0));
        String order = row.getString(1).trim();
        LocalDate date = Values.date(row.getString(2));
        Double amount = Values.number(row.getString(3));
        if (customer == null || customer.isEmpty() || date == null || amount == null) {
            return null;
        }
        long position = row.getLong(4);
        // A row without an order id is an order of its own, as in the importer.
        String orderId = order.isEmpty() ? "row-" + position : order;
        return new OrderLine(customer, PurchaseColumns.orderKey(orderId), (int) date.toEpochDay(), amount, position);
    }
}
