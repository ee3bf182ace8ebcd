package io.segbot.spark;

import io.segbot.analytics.CustomerHistory;
import io.segbot.analytics.CustomerMetrics;
import io.segbot.analytics.PurchaseColumns;
import io.segbot.analytics.clv.PeriodUnit;
import io.segbot.analytics.clv.RfmSummaries;
import io.segbot.analytics.clv.RfmSummaryBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * Groups the rows by customer on the workers and hands each customer's rows, in file order, to the
 * core's own code: {@link CustomerHistory} merges order lines into orders, {@link CustomerMetrics}
 * gives recency, frequency and monetary value, {@link RfmSummaryBuilder} the BG/NBD summary. The
 * figures are therefore the in-process engine's, bit for bit, not a re-implementation of them.
 */
final class CustomerPass {
    private CustomerPass() {}

    static JavaRDD<CustomerRecord> customers(JavaRDD<OrderLine> lines, LocalDate asOf) {
        int asOfDay = (int) asOf.toEpochDay();
        return lines.mapToPair(line -> new Tuple2<>(line.customerId, line))
                .groupByKey()
                .map(group -> summarise(group._1(), group._2(), asOf, asOfDay))
                .setName("customers");
    }

    static CustomerRecord summarise(String id, Iterable<OrderLine> rows, LocalDate asOf, int asOfDay) {
        List<OrderLine> ordered = new ArrayList<>();
        rows.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(line -> line.row));
        PurchaseColumns.Builder builder = new PurchaseColumns.Builder(ordered.size());
        for (OrderLine line : ordered) {
            if (line.day > asOfDay) {
                throw new SparkJobException("customer " + id + " has an order on " + LocalDate.ofEpochDay(line.day)
                        + ", after the as-of date " + asOf + "; choose an as-of date after the last transaction");
            }
            builder.add(id, line.orderKey, line.day, line.amount);
        }
        CustomerHistory history = CustomerHistory.of(builder.build());
        CustomerMetrics metrics = CustomerMetrics.of(history, asOf);
        RfmSummaries summary = RfmSummaryBuilder.fromSortedDays(
                history.customerIds(),
                history.offsets(),
                history.orderDay(),
                history.orderAmount(),
                asOf,
                PeriodUnit.DAYS);
        CustomerRecord c = new CustomerRecord();
        c.id = id;
        c.recencyDays = metrics.recencyDays()[0];
        c.frequency = metrics.frequency()[0];
        c.monetary = metrics.monetary()[0];
        c.firstDay = metrics.firstDay()[0];
        c.lastDay = metrics.lastDay()[0];
        c.x = summary.x()[0];
        c.tx = summary.tx()[0];
        c.age = summary.age()[0];
        c.zbar = summary.zbar()[0];
        return c;
    }
}
