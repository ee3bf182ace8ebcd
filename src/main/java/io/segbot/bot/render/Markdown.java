package io.segbot.bot.render;

/** Helpers for segbot's light markdown (see {@link io.segbot.bot.message.Part}). */
public final class Markdown {
    private Markdown() {}

    /**
     * Text from data or a user as a code span, the one place data may appear in markdown; a
     * backtick inside would end the span early, so it becomes a similar quote.
     */
    public static String code(String data) {
        String clean = data.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
        return "`" + (clean.isBlank() ? "(blank)" : clean) + "`";
    }

    /** Text made by segbot that may hold names: markdown markers neutralised so nothing turns bold. */
    public static String plain(String text) {
        return text.replace('`', '\'').replace("*", "∗");
    }
}
