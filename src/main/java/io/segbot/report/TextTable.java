package io.segbot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A monospace table for consoles and chat code blocks: numbers right-aligned, text left-aligned,
 * columns as wide as their widest cell.
 */
public final class TextTable {
    /** How a column's cells line up. */
    public enum Align {
        LEFT,
        RIGHT
    }

    /** A column heading and its alignment. */
    public record Column(String heading, Align align) {
        public Column {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(align, "align");
        }

        public static Column text(String heading) {
            return new Column(heading, Align.LEFT);
        }

        public static Column number(String heading) {
            return new Column(heading, Align.RIGHT);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.columns = List.copyOf(columns);
    }

    public TextTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "row has " + cells.length + " cells, the table has " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            // Cells hold data (customer ids, names): no terminal escapes, no line breaks.
            row.add(cell == null ? "" : io.segbot.TerminalText.line(cell.toString()));
        }
        rows.add(row);
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    public String render() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).heading().length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        List<String> headings = columns.stream().map(Column::heading).toList();
        line(out, headings, widths);
        for (int c = 0; c < widths.length; c++) {
            out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : "  ");
            line.append(columns.get(c).align() == Align.RIGHT ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
