package io.segbot.bot.message;

import java.util.List;

/**
 * A {@link Part.Table} as monospace text for platforms that show tables in code blocks (Discord,
 * Slack's plain fallback): columns padded to their widest cell, numbers right-aligned, one line a
 * row. A cell's line breaks become spaces and a triple backtick a look-alike, so data can never end
 * the code block it is shown in.
 */
public final class TextTable {
    private TextTable() {}

    /** The heading line first, then one line a row, each ending with a line break. */
    public static String monospace(Part.Table table) {
        StringBuilder out = new StringBuilder();
        for (String line : lines(table)) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /** The heading line first, then one line a row, without line breaks. */
    public static List<String> lines(Part.Table table) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = clean(table.columns().get(c).heading()).length();
            for (List<String> row : table.rows()) {
                widths[c] = Math.max(widths[c], clean(row.get(c)).length());
            }
        }
        List<String> headings =
                table.columns().stream().map(Part.Column::heading).toList();
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        lines.add(line(headings, table, widths));
        for (List<String> row : table.rows()) {
            lines.add(line(row, table, widths));
        }
        return lines;
    }

    private static String clean(String cell) {
        return cell.replace('\n', ' ').replace('\r', ' ').replace("```", "ˋˋˋ");
    }

    private static String line(List<String> cells, Part.Table table, int[] widths) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = clean(cells.get(c));
            String pad = " ".repeat(widths[c] - cell.length());
            boolean right = table.columns().get(c).align() == Part.Align.RIGHT;
            out.append(c == 0 ? "" : "  ").append(right ? pad + cell : cell + pad);
        }
        return out.toString();
    }
}
