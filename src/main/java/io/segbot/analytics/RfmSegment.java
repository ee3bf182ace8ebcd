package io.segbot.analytics;

/**
 * The widely used ten-segment RFM map over the recency and frequency scores. It is a clean
 * partition of the 25 (R, F) combinations:
 *
 * <pre>
 *          F=1          F=2          F=3          F=4          F=5
 * R=5  New Customers  Potential L. Potential L. Champions    Champions
 * R=4  Promising      Potential L. Potential L. Loyal        Loyal
 * R=3  About To Sleep About To Sl. Need Attn.   Loyal        Loyal
 * R=2  Hibernating    Hibernating  At Risk      At Risk      Can't Lose Them
 * R=1  Hibernating    Hibernating  At Risk      At Risk      Can't Lose Them
 * </pre>
 */
public enum RfmSegment {
    CHAMPIONS("Champions"),
    LOYAL_CUSTOMERS("Loyal Customers"),
    POTENTIAL_LOYALISTS("Potential Loyalists"),
    NEW_CUSTOMERS("New Customers"),
    PROMISING("Promising"),
    NEED_ATTENTION("Need Attention"),
    ABOUT_TO_SLEEP("About To Sleep"),
    AT_RISK("At Risk"),
    CANT_LOSE_THEM("Can't Lose Them"),
    HIBERNATING("Hibernating");

    private final String label;

    RfmSegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The segment of a recency score {@code r} and frequency score {@code f}, each 1..5. */
    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5 || f < 1 || f > 5) {
            throw new IllegalArgumentException("RFM scores must be within 1..5, got R=" + r + " F=" + f);
        }
        if (r <= 2) {
            return f <= 2 ? HIBERNATING : f <= 4 ? AT_RISK : CANT_LOSE_THEM;
        }
        if (r == 3) {
            return f <= 2 ? ABOUT_TO_SLEEP : f == 3 ? NEED_ATTENTION : LOYAL_CUSTOMERS;
        }
        if (f >= 4) {
            return r == 4 ? LOYAL_CUSTOMERS : CHAMPIONS;
        }
        if (f == 1) {
            return r == 4 ? PROMISING : NEW_CUSTOMERS;
        }
        return POTENTIAL_LOYALISTS;
    }

    /** The segment whose label matches, ignoring case. */
    public static RfmSegment fromLabel(String label) {
        for (RfmSegment segment : values()) {
            if (segment.label.equalsIgnoreCase(label.trim())) {
                return segment;
            }
        }
        throw new IllegalArgumentException("unknown RFM segment '" + label + "'");
    }
}
