package io.segbot.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import read, kept and left out, and why.
 *
 * @param rowsRead data rows in the file (header excluded)
 * @param rowsImported rows that became (part of) an imported record
 * @param excluded rows left out by a business rule, counted per reason
 * @param skipped malformed rows skipped under {@code --on-error skip}: the first 20 with reasons
 * @param skippedCount how many malformed rows were skipped in all
 * @param records orders (transactions files) or customers (customer files) written
 */
public record ImportSummary(
        String dataset,
        String layout,
        long rowsRead,
        long rowsImported,
        Map<String, Long> excluded,
        List<RowProblem> skipped,
        long skippedCount,
        long records,
        long customers,
        LocalDate firstDate,
        LocalDate lastDate,
        double revenue) {

    /** One malformed row: where and what. */
    public record RowProblem(long line, String column, String problem) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + problem;
        }
    }
}
