package io.segbot.report;

/**
 * How much text one message of a platform may carry: sections of at most {@code sectionChars}
 * characters, at most {@code sectionsPerMessage} of them, and at most {@code messageChars} in all.
 * Figures from the platforms' documentation (Slack Block Kit: 50 blocks a message, 3,000 characters
 * of section text; Discord: 2,000 characters of content, an embed description 4,096, all embeds of
 * a message 6,000, 25 fields of 1,024).
 */
public record PlatformLimits(String name, int sectionChars, int sectionsPerMessage, int messageChars) {
    /** Slack Block Kit messages of section blocks with mrkdwn text. */
    public static final PlatformLimits SLACK = new PlatformLimits("slack", 3_000, 50, 150_000);

    /** Discord plain message content. */
    public static final PlatformLimits DISCORD = new PlatformLimits("discord", 2_000, 1, 2_000);

    /**
     * Discord embeds: one description of up to 4,096 characters; up to 10 embeds but at most 6,000
     * characters over all of them (we leave 100 for titles and footers).
     */
    public static final PlatformLimits DISCORD_EMBEDS = new PlatformLimits("discord-embeds", 4_096, 10, 5_900);

    /** Discord embed fields: 25 of up to 1,024 characters. */
    public static final PlatformLimits DISCORD_FIELDS = new PlatformLimits("discord-fields", 1_024, 25, 5_900);

    public PlatformLimits {
        if (sectionChars < MessageSplitter.MIN_LIMIT) {
            throw new IllegalArgumentException(
                    name + ": section limit must be at least " + MessageSplitter.MIN_LIMIT + ", got " + sectionChars);
        }
        if (sectionsPerMessage < 1) {
            throw new IllegalArgumentException(
                    name + ": sections per message must be at least 1, got " + sectionsPerMessage);
        }
        if (messageChars < sectionChars) {
            throw new IllegalArgumentException(
                    name + ": message limit " + messageChars + " is below the section limit " + sectionChars);
        }
    }
}
