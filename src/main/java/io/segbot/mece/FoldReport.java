package io.segbot.mece;

import java.util.List;

/**
 * The size rules as applied in one run, and what they folded into {@value #CATCH_ALL}.
 *
 * @param minSizeSource "given" or how the default was computed
 * @param foldedUsers users moved into the catch-all
 */
public record FoldReport(
        int minSize,
        String minSizeSource,
        int maxSize,
        String maxSizeSource,
        List<FoldedBucket> folded,
        int foldedUsers) {
    public static final String CATCH_ALL = "Catch_All_Other";

    public FoldReport {
        folded = List.copyOf(folded);
    }

    /** A non-empty bucket that broke a size rule. */
    public record FoldedBucket(String combo, String rule, int size, String reason) {}
}
