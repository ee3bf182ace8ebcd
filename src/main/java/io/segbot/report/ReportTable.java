package io.segbot.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report: a title, typed columns and rows of already formatted cells. The column type
 * decides the alignment in monospace text (numbers right, text left); CSV exports keep the cells as
 * they are.
 */
public record ReportTable(String title, List<Column> columns, List<List<String>> rows) {
    /** What a column holds; it decides the alignment. */
    public enum ColumnType {
        TEXT,
        INTEGER,
        MONEY,
        PERCENT,
        DECIMAL;

        TextTable.Align align() {
            return this == TEXT ? TextTable.Align.LEFT : TextTable.Align.RIGHT;
        }
    }

    /** A column heading and its type. */
    public record Column(String heading, ColumnType type) {
        public Column {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(type, "type");
        }
    }

    public ReportTable {
        Objects.requireNonNull(title, "title");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table '" + title + "' needs at least one column");
        }
        columns = List.copyOf(columns);
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table '" + title + "': a row has " + row.size()
                        + " cells, the table has " + columns.size() + " columns: " + row);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /** The table as monospace text (see {@link TextTable}). */
    public String render() {
        TextTable table = new TextTable(columns.stream()
                .map(c -> new TextTable.Column(c.heading(), c.type().align()))
                .toList());
        rows.forEach(row -> table.row(row.toArray()));
        return table.render();
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Collects columns, then rows; cells are formatted by the caller (see {@link Formats}). */
    public static final class Builder {
        private final String title;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        public Builder column(String heading, ColumnType type) {
            columns.add(new Column(heading, type));
            return this;
        }

        public Builder text(String heading) {
            return column(heading, ColumnType.TEXT);
        }

        public Builder integer(String heading) {
            return column(heading, ColumnType.INTEGER);
        }

        public Builder money(String heading) {
            return column(heading, ColumnType.MONEY);
        }

        public Builder percent(String heading) {
            return column(heading, ColumnType.PERCENT);
        }

        public Builder decimal(String heading) {
            return column(heading, ColumnType.DECIMAL);
        }

        public Builder row(Object... cells) {
            List<String> row = new ArrayList<>(cells.length);
            for (Object cell : cells) {
                row.add(cell == null ? "" : cell.toString());
            }
            rows.add(row);
            return this;
        }

        public int rowCount() {
            return rows.size();
        }

        public ReportTable build() {
            return new ReportTable(title, columns, rows);
        }
    }
}
