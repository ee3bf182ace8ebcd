package io.segbot.report;

import java.awt.Color;
import java.util.Map;

/**
 * One colour per segment, the same in every chart and every report: the ten RFM segments have
 * fixed colours (greens for healthy, ambers for slipping, reds for lapsing); any other label
 * (cluster labels, MECE names) takes a colour from a colour-blind-safe palette by a stable hash
 * of its name.
 */
public final class SegmentColors {
    private static final Map<String, Color> RFM = Map.of(
            "Champions", new Color(0x1B7837),
            "Loyal Customers", new Color(0x5AAE61),
            "Potential Loyalists", new Color(0xA6DBA0),
            "New Customers", new Color(0x4393C3),
            "Promising", new Color(0x92C5DE),
            "Need Attention", new Color(0xFDB863),
            "About To Sleep", new Color(0xE08214),
            "At Risk", new Color(0xD6604D),
            "Can't Lose Them", new Color(0xB2182B),
            "Hibernating", new Color(0x878787));
    /** Okabe & Ito (2008) colour-blind-safe palette. */
    private static final Color[] PALETTE = {
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x009E73), new Color(0xF0E442),
        new Color(0x0072B2), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x000000)
    };

    private SegmentColors() {}

    public static Color of(String label) {
        Color fixed = RFM.get(label);
        if (fixed != null) {
            return fixed;
        }
        return PALETTE[Math.floorMod(label.hashCode(), PALETTE.length)];
    }
}
