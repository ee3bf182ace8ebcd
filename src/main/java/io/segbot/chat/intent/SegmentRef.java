package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.Objects;

/**
 * One way a message points at a segment. Resolve with {@code instanceof} patterns:
 * {@link ById} ("segment 2"), {@link ByName} ("champs" to Champions) or {@link ByRank}
 * ("the biggest one").
 */
public sealed interface SegmentRef permits SegmentRef.ById, SegmentRef.ByName, SegmentRef.ByRank {

    /** The text of the message that produced this reference, as typed after normalisation. */
    String mention();

    /**
     * A numbered segment. {@code family} is CLUSTER unless the message said "rfm segment 2" or
     * "mece segment 2"; the number is the id the analysis gave the segment.
     */
    record ById(int id, SegmentFamily family, String mention) implements SegmentRef {
        public ById {
            if (id < 0) {
                throw new IllegalArgumentException("segment id must be >= 0, got " + id);
            }
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(mention, "mention");
        }
    }

    /**
     * A segment from the {@link SegmentCatalog} matched by name, alias or a typo of either.
     *
     * @param similarity 1.0 for an exact name or alias, lower for a fuzzy match (Jaro-Winkler of the
     *     matched words, so in (0, 1])
     */
    record ByName(String name, SegmentFamily family, String mention, double similarity) implements SegmentRef {
        public ByName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(mention, "mention");
            if (!(similarity > 0 && similarity <= 1)) {
                throw new IllegalArgumentException("similarity must be in (0, 1], got " + similarity);
            }
        }
    }

    /**
     * A segment picked by position: "the biggest one" is rank 1, HIGHEST, CUSTOMERS; "the second
     * worst segment" is rank 2, WORST, metric null (the answer layer picks its default criterion).
     *
     * @param metric the criterion the words imply, or null when they imply none
     */
    record ByRank(int rank, Direction direction, Metric metric, String mention) implements SegmentRef {
        public ByRank {
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be >= 1, got " + rank);
            }
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(mention, "mention");
        }
    }
}
