package io.segbot.bot;

/** What a command option names, so the core can suggest values while a user types (autocomplete). */
public enum Suggestion {
    /** An imported dataset's name ({@code run}, {@code mece}). */
    DATASET,
    /** An analysis run ({@code name}): "latest", its number, or {@code mece:N} for a MECE run. */
    RUN,
    /** A segment of the latest analysis run ({@code export}): "cluster 2" or an RFM segment's name. */
    SEGMENT
}
