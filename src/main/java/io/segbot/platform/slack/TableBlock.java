package io.segbot.platform.slack;

import com.slack.api.model.block.LayoutBlock;
import io.segbot.bot.message.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack's {@code table} block, which Bolt 1.48.0's model lacks: {@code rows} of {@code raw_text}
 * cells (the first row the headings) and one {@code column_settings} entry per column. Serialized by
 * the SDK's snake-case Gson like any other block; limits 100 rows and 20 cells a row
 * (docs.slack.dev/reference/block-kit/blocks/table-block).
 */
final class TableBlock implements LayoutBlock {
    static final int MAX_ROWS = 100;
    static final int MAX_COLUMNS = 20;

    /** A {@code raw_text} cell: plain text, never parsed for markup. */
    record Cell(String type, String text) {
        static Cell of(String text) {
            // An empty cell is sent as one space: Slack refuses empty text fields.
            return new Cell("raw_text", text.isEmpty() ? " " : text);
        }
    }

    /** How one column lines up and whether long cells wrap. */
    record ColumnSetting(String align, boolean isWrapped) {}

    private final String type = "table";
    private final String blockId;
    private final List<List<Cell>> rows;
    private final List<ColumnSetting> columnSettings;

    private TableBlock(String blockId, List<List<Cell>> rows, List<ColumnSetting> columnSettings) {
        if (rows.size() > MAX_ROWS || columnSettings.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a table block holds at most " + MAX_ROWS + " rows of " + MAX_COLUMNS
                    + " cells, got " + rows.size() + " x " + columnSettings.size());
        }
        this.blockId = blockId;
        this.rows = rows;
        this.columnSettings = columnSettings;
    }

    /** The headings row followed by {@code body} (at most 99 rows), columns aligned as declared. */
    static TableBlock of(String blockId, List<Part.Column> columns, List<List<String>> body) {
        List<List<Cell>> rows = new ArrayList<>(body.size() + 1);
        rows.add(columns.stream().map(c -> Cell.of(c.heading())).toList());
        for (List<String> row : body) {
            rows.add(row.stream().map(Cell::of).toList());
        }
        List<ColumnSetting> settings = columns.stream()
                .map(c -> new ColumnSetting(
                        c.align() == Part.Align.RIGHT ? "right" : "left", c.align() == Part.Align.LEFT))
                .toList();
        return new TableBlock(blockId, rows, settings);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getBlockId() {
        return blockId;
    }

    List<List<Cell>> rows() {
        return rows;
    }
}
