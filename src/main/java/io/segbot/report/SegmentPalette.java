package io.segbot.report;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * One fixed colour per segment label, so a segment looks the same in every chart of every report.
 * RFM segments run from greens (healthy) through yellow and orange (cooling) to red and purple
 * (lapsing) and grey (gone); churn bands are traffic lights; k-means clusters take the Tableau 10
 * colours by cluster number. Any other label (MECE segments, custom labels) gets a colour from its
 * text, which is stable because {@link String#hashCode()} is specified by the JLS.
 */
public final class SegmentPalette {
    /** The label of customers present only in the later of two runs. */
    public static final String ENTERED = "(entered)";
    /** The label of customers present only in the earlier of two runs. */
    public static final String LEFT = "(left)";

    private static final Map<String, Color> FIXED = Map.ofEntries(
            Map.entry("Champions", new Color(0x1b7837)),
            Map.entry("Loyal Customers", new Color(0x5aae61)),
            Map.entry("Potential Loyalists", new Color(0xa6dba0)),
            Map.entry("New Customers", new Color(0x2166ac)),
            Map.entry("Promising", new Color(0x67a9cf)),
            Map.entry("Need Attention", new Color(0xf6d743)),
            Map.entry("About To Sleep", new Color(0xfdae61)),
            Map.entry("At Risk", new Color(0xd73027)),
            Map.entry("Can't Lose Them", new Color(0x762a83)),
            Map.entry("Hibernating", new Color(0x8c8c8c)),
            Map.entry("Low", new Color(0x1a9850)),
            Map.entry("Medium", new Color(0xfdae61)),
            Map.entry("High", new Color(0xd73027)),
            Map.entry(ENTERED, new Color(0x252525)),
            Map.entry(LEFT, new Color(0xd9d9d9)));

    /** Tableau 10, used for cluster numbers. */
    private static final List<Color> CLUSTERS = List.of(
            new Color(0x4e79a7),
            new Color(0xf28e2b),
            new Color(0xe15759),
            new Color(0x76b7b2),
            new Color(0x59a14f),
            new Color(0xedc948),
            new Color(0xb07aa1),
            new Color(0xff9da7),
            new Color(0x9c755f),
            new Color(0xbab0ac));

    private SegmentPalette() {}

    /** The colour of an RFM segment, churn band, movement marker or any other label. */
    public static Color color(String label) {
        Color fixed = FIXED.get(label);
        return fixed != null ? fixed : CLUSTERS.get(Math.floorMod(label.hashCode(), CLUSTERS.size()));
    }

    /** The colour of k-means cluster {@code number} (0 = most valuable). */
    public static Color cluster(int number) {
        return CLUSTERS.get(Math.floorMod(number, CLUSTERS.size()));
    }

    /** The colour of a segment of a family: {@code rfm} by label, {@code cluster} by number. */
    public static Color of(String family, String key, String label) {
        return family.equals("cluster") ? cluster(Integer.parseInt(key)) : color(label);
    }
}
