package io.segbot;

/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(...)}, {@code
 * +cmd|calc!A0}, {@code @SUM(A1:A9)}). Every CSV writer passes its <em>text</em> cells (customer
 * and user ids, segment names, labels) through {@link #text}, which puts a single quote before such
 * a cell so the spreadsheet shows it as text. Numeric columns are written by segbot's own number
 * formatting and are never changed, so a negative amount stays a number. Pure, thread-safe.
 */
public final class CsvCells {
    private CsvCells() {}

    /** {@code cell}, or {@code 'cell} when a spreadsheet would read it as a formula. */
    public static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
