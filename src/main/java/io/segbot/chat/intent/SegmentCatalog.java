package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The segment names of the run a conversation talks about. Names change with the data (cluster
 * labels, MECE jury names), so the caller builds a catalog per run; {@link #rfmDefaults()} holds
 * the ten standard RFM segment names.
 */
public record SegmentCatalog(List<KnownSegment> segments) {
    public SegmentCatalog {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
    }

    /**
     * The ten named RFM segments of the common R/F quintile grid (the "RFM segments" table used by
     * e.g. Putler and the Python `rfm` package), with the nicknames marketers use for them.
     */
    public static SegmentCatalog rfmDefaults() {
        SegmentFamily rfm = SegmentFamily.RFM;
        return new SegmentCatalog(List.of(
                KnownSegment.of("Champions", rfm, "champs", "champ", "champion"),
                KnownSegment.of("Loyal Customers", rfm, "loyal customer", "loyals", "loyal ones", "loyal"),
                KnownSegment.of("Potential Loyalists", rfm, "potential loyalist", "potentials"),
                KnownSegment.of("New Customers", rfm, "new customer", "newbies", "first time buyers"),
                KnownSegment.of("Promising", rfm, "promising ones"),
                KnownSegment.of("Need Attention", rfm, "needs attention", "needing attention"),
                KnownSegment.of("About To Sleep", rfm, "sleepers", "almost asleep", "about to sleep ones"),
                KnownSegment.of("At Risk", rfm, "atrisk", "at risk ones"),
                KnownSegment.of("Can't Lose Them", rfm, "cannot lose them", "cant lose", "can't lose"),
                KnownSegment.of("Hibernating", rfm, "hibernators", "hibernator", "hibernation", "hibernate")));
    }

    /** This catalog plus more segments (cluster labels, MECE names of the current run). */
    public SegmentCatalog with(List<KnownSegment> more) {
        List<KnownSegment> all = new ArrayList<>(segments);
        all.addAll(more);
        return new SegmentCatalog(all);
    }
}
