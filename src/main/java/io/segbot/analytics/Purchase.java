package io.segbot.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One order of one customer: the unit every analysis starts from.
 *
 * @param customerId normalised customer id, never blank
 * @param orderId the order (invoice) id, never blank; several purchases may share a date
 * @param date the calendar day of the order
 * @param amount the order's revenue, may be negative only for returns already netted by ingest
 */
public record Purchase(String customerId, String orderId, LocalDate date, double amount) {
    public Purchase {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(date, "date");
        if (customerId.isBlank()) {
            throw new IllegalArgumentException("customerId must not be blank");
        }
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amount must be finite, got " + amount);
        }
    }
}
