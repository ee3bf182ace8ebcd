package io.segbot.platform.discord;

/**
 * Discord markup for text from data: markdown markers escaped, mentions ({@code <@…>},
 * {@code <#…>}, {@code @everyone}, {@code @here}) and links broken by an invisible space so they
 * show as typed. Allowed mentions are switched off on every message too; this is the second lock.
 */
final class DiscordText {
    private static final String ZERO_WIDTH_SPACE = "\u200B";
    private static final String MARKERS = "\\*_~`|>#-[]()";

    private DiscordText() {}

    /** Plain text (a heading, a title, a file name) shown as typed. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKERS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return inert(out.toString().replace("://", ":" + ZERO_WIDTH_SPACE + "//"));
    }

    /**
     * segbot's light markdown as Discord markdown: the same markers ({@code **bold**}, {@code
     * _italic_}, {@code `code`}); data appears only in code spans, where Discord shows it raw, and
     * mentions are made inert everywhere.
     */
    static String markdown(String text) {
        return inert(text);
    }

    /** Mentions that cannot ping or resolve: {@code @everyone}, {@code @here}, {@code <@id>}, {@code <#id>}. */
    static String inert(String text) {
        return text.replace("@everyone", "@" + ZERO_WIDTH_SPACE + "everyone")
                .replace("@here", "@" + ZERO_WIDTH_SPACE + "here")
                .replace("<@", "<" + ZERO_WIDTH_SPACE + "@")
                .replace("<#", "<" + ZERO_WIDTH_SPACE + "#")
                .replace("<:", "<" + ZERO_WIDTH_SPACE + ":")
                .replace("<a:", "<" + ZERO_WIDTH_SPACE + "a:")
                .replace("<t:", "<" + ZERO_WIDTH_SPACE + "t:");
    }

    /** At most {@code limit} characters, cut at a character boundary with an ellipsis (titles only). */
    static String shorten(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
