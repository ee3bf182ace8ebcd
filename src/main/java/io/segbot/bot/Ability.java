package io.segbot.bot;

/**
 * What a user may do. Granted by allow-lists in the configuration; by default everyone may
 * {@link #ASK} and nothing else (the console's local user may do everything).
 */
public enum Ability {
    /** Ask questions about aggregates and segments. */
    ASK,
    /** Start long work: analyze, MECE runs, naming, reports on demand. */
    RUN,
    /** Receive customer-level data (lists of customer ids with their figures, CSV exports). */
    EXPORT,
    /** Add and remove recurring reports. */
    SCHEDULE,
    /** Cancel other people's jobs, change the bot's state. */
    ADMIN
}
