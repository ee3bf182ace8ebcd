package io.segbot.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks on a finished import's summary that every kind of import shares, before anything is committed. */
final class ImportChecks {
    /** The largest total revenue the database stores (dataset.revenue DECIMAL(20, 2)), with room to spare. */
    static final double MAX_REVENUE = 1e17;

    private ImportChecks() {}

    /**
     * A file whose every row was excluded or skipped would become an empty dataset that no analysis
     * can use: refuse it and say why each row went. A total beyond the database's DECIMAL is refused
     * in words, not as SQL.
     */
    static void refuseEmptyOrOverflowing(Path file, ImportSummary summary) {
        if (summary.records() == 0) {
            throw new ImportException(
                    file,
                    "no row could be imported: " + reasons(summary)
                            + "; nothing was stored, fix the file and import it again");
        }
        if (!Double.isFinite(summary.revenue()) || Math.abs(summary.revenue()) > MAX_REVENUE) {
            throw new ImportException(
                    file,
                    String.format(
                            java.util.Locale.ROOT,
                            "the total revenue (%,.0f) is more than the database stores (%,.0f); check the amount,"
                                    + " quantity and price columns for wrong values",
                            summary.revenue(),
                            MAX_REVENUE));
        }
    }

    static String reasons(ImportSummary summary) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> excluded : summary.excluded().entrySet()) {
            parts.add(excluded.getValue() + " × " + excluded.getKey());
        }
        if (summary.skippedCount() > 0) {
            String first = summary.skipped().isEmpty()
                    ? ""
                    : " (first: " + summary.skipped().get(0) + ")";
            parts.add(summary.skippedCount() + " × malformed, skipped" + first);
        }
        return parts.isEmpty() ? "every row was empty" : String.join(", ", parts);
    }
}
