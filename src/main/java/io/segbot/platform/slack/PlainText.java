package io.segbot.platform.slack;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.bot.message.TextTable;
import io.segbot.report.MessageSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * The same message without blocks: mrkdwn text pieces for when Slack refuses the blocks
 * ({@code invalid_blocks}, {@code msg_blocks_too_long}), and a markdown document for the file an
 * over-long answer is attached as. Tables are monospace text, charts their alt text, files their
 * names; buttons have no text form and are left out.
 */
final class PlainText {
    private PlainText() {}

    static List<String> pieces(OutgoingMessage message, int limit) {
        StringBuilder light = new StringBuilder();
        for (Part part : message.parts()) {
            String text = light(part);
            if (!text.isEmpty()) {
                light.append(light.length() == 0 ? "" : "\n\n").append(text);
            }
        }
        List<String> pieces = new ArrayList<>();
        // split the light markdown, then escape each piece: escaping can grow a piece by a little
        for (String piece : MessageSplitter.split(light.toString(), limit - 500)) {
            pieces.add(SlackText.mrkdwn(piece));
        }
        return pieces;
    }

    /** The message as a markdown file, tables as monospace blocks. */
    static String document(OutgoingMessage message) {
        StringBuilder out = new StringBuilder();
        for (Part part : message.parts()) {
            if (part instanceof Part.Heading heading) {
                out.append("# ").append(heading.text()).append("\n\n");
            } else if (part instanceof Part.Table table) {
                out.append(titled("## " + table.title(), "```\n" + monospace(table) + "```"))
                        .append("\n\n");
            } else if (part instanceof Part.SourceLine source) {
                out.append('_').append(source.text()).append("_\n");
            } else {
                String text = light(part);
                out.append(text).append(text.isEmpty() ? "" : "\n\n");
            }
        }
        return out.toString();
    }

    /** One part as light markdown; buttons have no text form. */
    private static String light(Part part) {
        if (part instanceof Part.Heading heading) {
            return "**" + heading.text() + "**";
        } else if (part instanceof Part.Markdown markdown) {
            return markdown.text();
        } else if (part instanceof Part.Table table) {
            return titled(
                    table.title().isEmpty() ? "" : "**" + table.title() + "**", "```\n" + monospace(table) + "```");
        } else if (part instanceof Part.Image image) {
            return "Chart " + SlackText.code(image.fileName()) + ": " + image.altText();
        } else if (part instanceof Part.Attachment file) {
            return "File " + SlackText.code(file.fileName()) + ": " + file.description();
        } else if (part instanceof Part.SourceLine source) {
            return "_" + source.text() + "_";
        }
        return "";
    }

    static String titled(String title, String body) {
        return title.isBlank() || title.equals("## ") ? body : title + "\n" + body;
    }

    /** Columns padded to their widest cell, numbers right-aligned, one line a row (shared with Discord). */
    static String monospace(Part.Table table) {
        return TextTable.monospace(table);
    }
}
