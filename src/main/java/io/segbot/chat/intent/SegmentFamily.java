package io.segbot.chat.intent;

/** The three ways segbot segments customers; a question may name one explicitly or imply it. */
public enum SegmentFamily {
    /** Recency-frequency-monetary score segments (Champions, At Risk, ...). */
    RFM,
    /** k-means clusters, usually referred to by number ("cluster 3", "segment 2"). */
    CLUSTER,
    /** The cart-abandonment MECE segments (AOV x engagement x profitability buckets). */
    MECE
}
