package io.segbot.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the input: CSV and Parquet give the same rows; unreadable rows fail the job; exact edges. */
class OrdersTest {
    @TempDir
    Path folder;

    private static List<String> rows(Orders.Read read) {
        return read.lines().map(l -> l.customerId + "|" + l.orderKey + "|" + l.day + "|" + l.amount).collect().stream()
                .sorted()
                .toList();
    }

    @Test
    void a_parquet_copy_with_typed_columns_reads_as_the_same_rows_as_the_csv() {
        SparkSession spark = SharedSpark.session();
        Path csv = Fixture.write(folder, 200, 3);
        Path parquet = folder.resolve("orders.parquet");
        spark.read()
                .option("header", "true")
                .option("inferSchema", "true")
                .csv(csv.toString())
                .write()
                .parquet(parquet.toString());
        List<String> fromCsv = rows(Orders.read(spark, csv.toString()));
        assertThat(fromCsv).hasSizeGreaterThan(200);
        assertThat(rows(Orders.read(spark, parquet.toString()))).isEqualTo(fromCsv);
    }

    @Test
    void rows_with_a_date_or_amount_that_does_not_parse_are_counted_and_refused() throws IOException {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(
                csv,
                "customer_id,order_id,order_date,amount\n1,A,2024-01-05,10.00\n2,B,31.02.2024,5\n3,C,2024-02-01,ten\n");
        Orders.Read read = Orders.read(SharedSpark.session(), csv.toString());
        assertThat(read.lines().count()).isEqualTo(1);
        assertThat(read.unreadable().value()).isEqualTo(2);
        assertThatThrownBy(() -> Orders.checkReadable(read.unreadable().value(), csv.toString()))
                .hasMessageStartingWith("2 rows of " + csv + " have an empty customer id, or an order_date or amount");
    }

    @Test
    void an_input_without_the_transactions_columns_is_refused_naming_the_missing_ones() throws IOException {
        Path csv = folder.resolve("customers.csv");
        Files.writeString(csv, "customer_id,recency_days,frequency,monetary\n1,3,4,50\n");
        assertThatThrownBy(() -> Orders.read(SharedSpark.session(), csv.toString()))
                .hasMessageContaining("has no column order_id, order_date, amount");
    }

    @Test
    void distributed_type_7_quantiles_equal_the_cores_on_values_with_ties() {
        Random random = new Random(11);
        double[] values = new double[1_001];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(40) * 2.5; // many ties, as recency in days has
        }
        List<Double> boxed = java.util.Arrays.stream(values).boxed().toList();
        JavaSparkContext context =
                JavaSparkContext.fromSparkContext(SharedSpark.session().sparkContext());
        double[] probabilities = {0.2, 0.25, 0.4, 0.5, 0.6, 0.75, 0.8};
        assertThat(OrderStatistics.quantiles(context.parallelize(boxed, 3), values.length, probabilities))
                .containsExactly(io.segbot.analytics.Quantiles.edges(values, probabilities));
    }
}
