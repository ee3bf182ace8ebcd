package io.segbot.platform.console;

import io.segbot.bot.message.OutgoingMessage;
import io.segbot.bot.message.Part;
import io.segbot.report.TextTable;
import java.nio.file.Path;
import java.util.Map;

/** Renders an outgoing message as terminal text; files are named by where they were written. */
final class ConsoleText {
    private ConsoleText() {}

    /**
     * @param written where each image and attachment was written, by part
     */
    static String render(OutgoingMessage message, Map<Part, Path> written) {
        StringBuilder out = new StringBuilder();
        for (Part part : message.parts()) {
            if (part instanceof Part.Heading heading) {
                out.append(safe(heading.text())).append('\n');
            } else if (part instanceof Part.Markdown markdown) {
                out.append(plain(markdown.text())).append('\n');
            } else if (part instanceof Part.Table table) {
                out.append(table(table));
            } else if (part instanceof Part.Image image) {
                out.append("chart: ")
                        .append(safe(image.title()))
                        .append(" — ")
                        .append(written.get(part))
                        .append("\n  (")
                        .append(safe(image.altText()))
                        .append(")\n");
            } else if (part instanceof Part.Attachment file) {
                out.append("file: ")
                        .append(written.get(part))
                        .append(" — ")
                        .append(safe(file.description()))
                        .append('\n');
            } else if (part instanceof Part.Actions actions) {
                out.append(actions(actions));
            } else if (part instanceof Part.SourceLine source) {
                out.append("Source: ").append(safe(source.text())).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static String table(Part.Table table) {
        TextTable text = new TextTable(table.columns().stream()
                .map(c -> c.align() == Part.Align.RIGHT
                        ? TextTable.Column.number(safe(c.heading()))
                        : TextTable.Column.text(safe(c.heading())))
                .toList());
        table.rows().forEach(row -> text.row(row.stream().map(ConsoleText::safe).toArray()));
        return (table.title().isBlank() ? "" : safe(table.title()) + "\n") + text.render();
    }

    /** Buttons become the commands that do the same, where there is one. */
    private static String actions(Part.Actions actions) {
        StringBuilder out = new StringBuilder();
        for (Part.Action action : actions.actions()) {
            switch (action.id()) {
                case Part.Actions.RERUN, Part.Actions.NAME_SEGMENTS -> out.append("  ")
                        .append(safe(action.label()))
                        .append(": /")
                        .append(safe(action.payload()))
                        .append('\n');
                case Part.Actions.EXPORT_CSV -> out.append("  Export CSV: /export SEGMENT (or ask \"export ...\")\n");
                default -> {
                    // feedback buttons have no console form
                }
            }
        }
        return out.toString();
    }

    /** segbot's light markdown as plain terminal text. */
    static String plain(String markdown) {
        return safe(markdown.replace("**", "").replace("`", ""));
    }

    /**
     * Text from data or chat made harmless for a terminal: control characters (ESC sequences could
     * move the cursor, recolour or retitle the terminal) are shown as {@code \\uXXXX}; line breaks
     * and tabs stay.
     */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t';
            boolean invisible =
                    cp == 0x2028 || cp == 0x2029 || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
            if (control || invisible) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
