package io.segbot.report;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A platform-neutral report: what it is about (the stored runs it was made from), summary lines,
 * tables, charts and attachments. Renderers turn it into markdown or plain text
 * ({@link MarkdownRenderer}), files ({@link ReportWriter}) or chat messages
 * ({@link ChatLayout}); the model never knows where it goes.
 */
public record Report(
        ReportKind kind,
        String title,
        List<RunInfo> runs,
        List<String> summary,
        List<ReportTable> tables,
        List<ChartImage> charts,
        List<Attachment> attachments) {

    /** The stored run a report was made from. */
    public record RunInfo(long runId, String dataset, LocalDate asOf, long customers, double revenue) {
        public RunInfo {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(asOf, "asOf");
        }

        /** {@code Run 3 · dataset 'shop' · as of 2024-12-31 · 3,000 customers · $1,234 revenue}. */
        public String describe() {
            return "Run " + runId + " · dataset '" + dataset + "' · as of " + asOf + " · " + Formats.count(customers)
                    + " customers · " + Formats.money(revenue) + " revenue";
        }
    }

    public Report {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("report '" + title + "' must name the run(s) it was made from");
        }
        runs = List.copyOf(runs);
        summary = List.copyOf(summary);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        attachments = List.copyOf(attachments);
        Set<String> names = new HashSet<>();
        charts.forEach(c -> requireUnique(names, c.fileName()));
        attachments.forEach(a -> requireUnique(names, a.fileName()));
    }

    private static void requireUnique(Set<String> names, String fileName) {
        if (!names.add(fileName) || fileName.equals("report.md")) {
            throw new IllegalArgumentException("two files of a report are both named " + fileName);
        }
    }
}
