package io.segbot.mece;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Cart abandoners stored column by column in primitive arrays, so that a run over a million users
 * touches no boxed values. Missing numbers are {@code NaN}, a missing last order is {@link
 * #MISSING_DAY}, unknown outcome or group is {@code -1}. Immutable once built; rows are only ever
 * added through {@link CartAbandoner}, so every row passed its validation.
 */
public final class CartTable {
    static final int MISSING_DAY = Integer.MIN_VALUE;
    static final byte UNKNOWN = -1;
    static final byte CONTROL = 0;
    static final byte TREATMENT = 1;

    final String[] userIds;
    final int[] abandonedDay;
    final int[] lastOrderDay;
    final double[] avgOrderValue;
    final double[] sessions;
    final double[] cartItems;
    final double[] engagement;
    final double[] profitability;
    final byte[] converted;
    final byte[] group;
    private final boolean hasCampaignHistory;

    private CartTable(Builder builder) {
        int size = builder.size;
        userIds = Arrays.copyOf(builder.userIds, size);
        abandonedDay = Arrays.copyOf(builder.abandonedDay, size);
        lastOrderDay = Arrays.copyOf(builder.lastOrderDay, size);
        avgOrderValue = Arrays.copyOf(builder.avgOrderValue, size);
        sessions = Arrays.copyOf(builder.sessions, size);
        cartItems = Arrays.copyOf(builder.cartItems, size);
        engagement = Arrays.copyOf(builder.engagement, size);
        profitability = Arrays.copyOf(builder.profitability, size);
        converted = Arrays.copyOf(builder.converted, size);
        group = Arrays.copyOf(builder.group, size);
        hasCampaignHistory = builder.hasCampaignHistory;
    }

    public static CartTable of(List<CartAbandoner> rows) {
        Builder builder = new Builder(rows.size());
        rows.forEach(builder::add);
        return builder.build();
    }

    public int size() {
        return userIds.length;
    }

    /** True when at least one row carries a campaign group or outcome. */
    public boolean hasCampaignHistory() {
        return hasCampaignHistory;
    }

    public String userId(int row) {
        return userIds[row];
    }

    /** The row as a record (allocates; not for hot paths). */
    public CartAbandoner row(int row) {
        return new CartAbandoner(
                userIds[row],
                LocalDate.ofEpochDay(abandonedDay[row]),
                lastOrderDay[row] == MISSING_DAY ? null : LocalDate.ofEpochDay(lastOrderDay[row]),
                boxed(avgOrderValue[row]),
                boxedInt(sessions[row]),
                boxedInt(cartItems[row]),
                boxed(engagement[row]),
                boxed(profitability[row]),
                converted[row] == UNKNOWN ? null : converted[row] == 1,
                group[row] == UNKNOWN
                        ? null
                        : group[row] == TREATMENT ? CampaignGroup.TREATMENT : CampaignGroup.CONTROL);
    }

    private static Double boxed(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static Integer boxedInt(double value) {
        return Double.isNaN(value) ? null : (int) value;
    }

    /** Collects rows; not thread-safe. */
    public static final class Builder {
        private int size;
        private String[] userIds;
        private int[] abandonedDay;
        private int[] lastOrderDay;
        private double[] avgOrderValue;
        private double[] sessions;
        private double[] cartItems;
        private double[] engagement;
        private double[] profitability;
        private byte[] converted;
        private byte[] group;
        private boolean hasCampaignHistory;

        public Builder(int expectedRows) {
            int capacity = Math.max(16, expectedRows);
            userIds = new String[capacity];
            abandonedDay = new int[capacity];
            lastOrderDay = new int[capacity];
            avgOrderValue = new double[capacity];
            sessions = new double[capacity];
            cartItems = new double[capacity];
            engagement = new double[capacity];
            profitability = new double[capacity];
            converted = new byte[capacity];
            group = new byte[capacity];
        }

        public Builder add(CartAbandoner row) {
            if (size == userIds.length) {
                grow();
            }
            userIds[size] = row.userId();
            abandonedDay[size] = Math.toIntExact(row.cartAbandonedDate().toEpochDay());
            lastOrderDay[size] = row.lastOrderDate() == null
                    ? MISSING_DAY
                    : Math.toIntExact(row.lastOrderDate().toEpochDay());
            avgOrderValue[size] = row.avgOrderValue() == null ? Double.NaN : row.avgOrderValue();
            sessions[size] = row.sessionsLast30d() == null ? Double.NaN : row.sessionsLast30d();
            cartItems[size] = row.numCartItems() == null ? Double.NaN : row.numCartItems();
            engagement[size] = row.engagementScore() == null ? Double.NaN : row.engagementScore();
            profitability[size] = row.profitabilityScore() == null ? Double.NaN : row.profitabilityScore();
            converted[size] = row.converted() == null ? UNKNOWN : (byte) (row.converted() ? 1 : 0);
            group[size] = row.group() == null ? UNKNOWN : row.group() == CampaignGroup.TREATMENT ? TREATMENT : CONTROL;
            hasCampaignHistory |= row.converted() != null || row.group() != null;
            size++;
            return this;
        }

        public CartTable build() {
            return new CartTable(this);
        }

        private void grow() {
            int capacity = userIds.length * 2;
            userIds = Arrays.copyOf(userIds, capacity);
            abandonedDay = Arrays.copyOf(abandonedDay, capacity);
            lastOrderDay = Arrays.copyOf(lastOrderDay, capacity);
            avgOrderValue = Arrays.copyOf(avgOrderValue, capacity);
            sessions = Arrays.copyOf(sessions, capacity);
            cartItems = Arrays.copyOf(cartItems, capacity);
            engagement = Arrays.copyOf(engagement, capacity);
            profitability = Arrays.copyOf(profitability, capacity);
            converted = Arrays.copyOf(converted, capacity);
            group = Arrays.copyOf(group, capacity);
        }
    }
}
