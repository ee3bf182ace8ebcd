package io.segbot.spark;

import java.io.Serializable;

/**
 * One purchase row as the engine carries it: the customer, the order key (the core's 64-bit hash of
 * the order id), the epoch day, the amount and the row's position in the input, so a customer's
 * rows reach the core's grouping code in file order, as they do in-process. A plain class, not a
 * record: Spark 3.5's Kryo cannot build records.
 */
final class OrderLine implements Serializable {
    private static final long serialVersionUID = 1L;

    String customerId;
    long orderKey;
    int day;
    double amount;
    long row;

    OrderLine() {}

    OrderLine(String customerId, long orderKey, int day, double amount, long row) {
        this.customerId = customerId;
        this.orderKey = orderKey;
        this.day = day;
        this.amount = amount;
        this.row = row;
    }
}
