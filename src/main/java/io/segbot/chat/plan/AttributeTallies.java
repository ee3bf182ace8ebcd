package io.segbot.chat.plan;

/**
 * Every RFM segment's, cluster's, value tier's and churn band's lifetime figures, computed in one
 * pass when a question first needs one and kept with the book ({@link BookIndexes}): a count or
 * total inside one segment, or a breakdown of everyone by segment, is then a copy, not a visit to
 * every customer. Immutable once built.
 */
final class AttributeTallies {
    enum Family {
        SEGMENT,
        CLUSTER,
        TIER,
        CHURN
    }

    private final Tally[][] tallies = new Tally[Family.values().length][];
    /** Members of each family value in each churn band (for CHURN_SHARE). */
    private final long[][][] inBand = new long[Family.values().length][][];

    AttributeTallies(OrderBook book, OrderDays days) {
        int[] sizes = {
            book.rfmLabels().size(),
            java.util.Arrays.stream(book.cluster()).max().orElse(-1) + 1,
            OrderBook.TIERS.size(),
            OrderBook.BANDS.size()
        };
        for (Family f : Family.values()) {
            tallies[f.ordinal()] = new Tally[sizes[f.ordinal()]];
            inBand[f.ordinal()] = new long[sizes[f.ordinal()]][OrderBook.BANDS.size()];
            for (int v = 0; v < sizes[f.ordinal()]; v++) {
                tallies[f.ordinal()][v] = new Tally();
            }
        }
        for (int c = 0; c < book.customers(); c++) {
            for (Family f : Family.values()) {
                int v = value(book, f, c);
                Scan.addCustomer(tallies[f.ordinal()][v], book, c, days);
                inBand[f.ordinal()][v][book.churn()[c]]++;
            }
        }
    }

    static int value(OrderBook book, Family family, int c) {
        return switch (family) {
            case SEGMENT -> book.rfm()[c];
            case CLUSTER -> book.cluster()[c];
            case TIER -> book.tier()[c];
            case CHURN -> book.churn()[c];
        };
    }

    static int size(OrderBook book, Family family) {
        return BookIndexes.of(book).attributes(book).tallies[family.ordinal()].length;
    }

    /**
     * A copy of one family value's figures, with the members in {@code band} (-1: none asked), or
     * null when the value does not occur in the run.
     */
    Tally of(Family family, int value, int band) {
        Tally[] all = tallies[family.ordinal()];
        if (value < 0 || value >= all.length || all[value].members == 0) {
            return null;
        }
        Tally t = all[value].copy();
        t.inBand = band < 0 ? 0 : inBand[family.ordinal()][value][band];
        return t;
    }
}
