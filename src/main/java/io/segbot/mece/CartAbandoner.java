package io.segbot.mece;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One user who abandoned a cart: a row of the cart-abandoner schema.
 *
 * <p>Nullable fields mean "missing": a missing value puts the user in the {@code Other} tier of any
 * dimension built from it. Scores are shares in [0, 1]; money and counts are never negative.
 *
 * @param userId never blank
 * @param cartAbandonedDate the day the cart was abandoned, required (the universe is defined by it)
 * @param lastOrderDate the day of the previous order, null when the user never ordered
 * @param avgOrderValue historical average order value, null if missing, else finite and ≥ 0
 * @param sessionsLast30d sessions in the last 30 days, null if missing, else ≥ 0
 * @param numCartItems items in the abandoned cart, null if missing, else ≥ 0
 * @param engagementScore null if missing, else in [0, 1]
 * @param profitabilityScore null if missing, else in [0, 1]
 * @param converted whether the user converted after a past campaign, null when unknown
 * @param group the arm of that past campaign, null when the user was in none
 */
public record CartAbandoner(
        String userId,
        LocalDate cartAbandonedDate,
        LocalDate lastOrderDate,
        Double avgOrderValue,
        Integer sessionsLast30d,
        Integer numCartItems,
        Double engagementScore,
        Double profitabilityScore,
        Boolean converted,
        CampaignGroup group) {

    public CartAbandoner {
        Objects.requireNonNull(userId, "user_id");
        Objects.requireNonNull(cartAbandonedDate, "cart_abandoned_date");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("user_id must not be blank");
        }
        requireNonNegative("avg_order_value", avgOrderValue);
        requireNonNegative("sessions_last_30d", sessionsLast30d);
        requireNonNegative("num_cart_items", numCartItems);
        requireShare("engagement_score", engagementScore);
        requireShare("profitability_score", profitabilityScore);
    }

    /** A row without campaign history. */
    public static CartAbandoner of(
            String userId,
            LocalDate cartAbandonedDate,
            LocalDate lastOrderDate,
            Double avgOrderValue,
            Integer sessionsLast30d,
            Integer numCartItems,
            Double engagementScore,
            Double profitabilityScore) {
        return new CartAbandoner(
                userId,
                cartAbandonedDate,
                lastOrderDate,
                avgOrderValue,
                sessionsLast30d,
                numCartItems,
                engagementScore,
                profitabilityScore,
                null,
                null);
    }

    private static void requireNonNegative(String column, Number value) {
        if (value == null) {
            return;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number) || number < 0) {
            throw new IllegalArgumentException(column + " must be a finite number ≥ 0, got " + value);
        }
    }

    private static void requireShare(String column, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(column + " must be within [0, 1], got " + value);
        }
    }
}
