package io.segbot.platform.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns segbot's light markdown ({@code **bold**}, {@code _italic_}, {@code `code`}, bullets) into
 * Slack's two markups, escaped so that data can never become a mention, a link or a broken code
 * span.
 *
 * <p>Slack parses {@code <…>} as mentions and links ({@code <!channel>}, {@code <@U123>},
 * {@code <https://…|x>}) and asks for {@code &}, {@code <}, {@code >} to be sent as entities. A
 * {@code markdown} block is CommonMark, where entities are decoded in text but shown literally in
 * code spans, so code spans only get a zero-width space after each {@code <} and everything else
 * is escaped.
 */
final class SlackText {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private SlackText() {}

    /** Escapes Slack's three control characters. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Light markdown for a {@code markdown} block: escaped outside code, code spans intact. */
    static String markdownBlock(String light) {
        StringBuilder out = new StringBuilder(light.length() + 16);
        forEachSpan(balanced(light), (text, code) -> out.append(code ? defuse(text) : escape(text)));
        return out.toString();
    }

    /**
     * Inside a CommonMark code span entities are shown literally, so {@code <} cannot be escaped
     * there; a zero-width space after it keeps Slack from reading {@code <!channel>} or {@code <@U1>}
     * as a mention while the text looks the same.
     */
    static String defuse(String code) {
        return code.replace("<", "<\u200B");
    }

    /**
     * Light markdown as Slack mrkdwn (message {@code text}, context and section elements): bold is
     * {@code *x*}; everything, code included, is escaped because mrkdwn decodes entities everywhere.
     */
    static String mrkdwn(String light) {
        StringBuilder out = new StringBuilder(light.length() + 16);
        forEachSpan(balanced(light), (text, code) -> {
            String escaped = escape(text);
            out.append(code ? escaped : BOLD.matcher(escaped).replaceAll("*$1*"));
        });
        return out.toString();
    }

    /**
     * A data value as an inline code span. A value holding backticks would end the span early and
     * spill the rest as markup, so backticks become the look-alike U+02CB.
     */
    static String code(String value) {
        return "`" + value.replace('`', 'ˋ').replace("\n", " ") + "`";
    }

    /** Plain text for {@code plain_text} fields: cut to Slack's limit, never longer. */
    static String plain(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    /**
     * A paragraph with an odd number of single backticks would open a code span that swallows the
     * rest of the message; the last unmatched backtick is replaced so the spans stay as written.
     */
    static String balanced(String light) {
        String[] paragraphs = light.split("\n\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            String paragraph = paragraphs[p];
            if (paragraph.contains("```")) {
                continue; // fenced blocks are balanced by the splitter, not here
            }
            long ticks = paragraph.chars().filter(c -> c == '`').count();
            if (ticks % 2 == 1) {
                int last = paragraph.lastIndexOf('`');
                paragraphs[p] = paragraph.substring(0, last) + 'ˋ' + paragraph.substring(last + 1);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** A visitor of text and code spans (single backticks or fenced blocks) in order. */
    interface SpanVisitor {
        void visit(String text, boolean code);
    }

    private static final Pattern CODE = Pattern.compile("```.*?```|`[^`\\n]*`", Pattern.DOTALL);

    static void forEachSpan(String light, SpanVisitor visitor) {
        Matcher matcher = CODE.matcher(light);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                visitor.visit(light.substring(at, matcher.start()), false);
            }
            visitor.visit(matcher.group(), true);
            at = matcher.end();
        }
        if (at < light.length()) {
            visitor.visit(light.substring(at), false);
        }
    }
}
