package io.segbot.mece;

import java.util.Locale;

/** Which arm of a past campaign a user was in; the CSV spells them {@code treatment} and {@code control}. */
public enum CampaignGroup {
    TREATMENT,
    CONTROL;

    /** The CSV spelling. */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the CSV spelling (case-insensitive).
     *
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static CampaignGroup parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        return switch (trimmed) {
            case "treatment" -> TREATMENT;
            case "control" -> CONTROL;
            default -> throw new IllegalArgumentException("group must be 'treatment' or 'control', got '" + text + "'");
        };
    }
}
