package io.segbot.analytics;

/**
 * The three ways segbot segments customers, the one definition every package uses: the analysis
 * labels its profiles with it, the chat resolves questions to it, reports and the bot filter by
 * it. Stored runs hold a family as its {@link #code()} ({@code run_segment.family}).
 */
public enum SegmentFamily {
    /** Recency-frequency-monetary score segments (Champions, At Risk, ...). */
    RFM("rfm"),
    /** k-means clusters, usually referred to by number ("cluster 3", "segment 2"). */
    CLUSTER("cluster"),
    /** The cart-abandonment MECE segments (AOV x engagement x profitability buckets). */
    MECE("mece");

    private final String code;

    SegmentFamily(String code) {
        this.code = code;
    }

    /** The family as stored with a run's segments; never changed once stored. */
    public String code() {
        return code;
    }

    /** Whether a stored family code is this family. */
    public boolean matches(String storedCode) {
        return code.equals(storedCode);
    }
}
