package io.segbot.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report into a folder: {@code report.md}, its PNG charts and its CSV files. */
public final class ReportWriter {
    /** A file written and, for CSV files, how many data rows it holds (-1 for other files). */
    public record Written(Path path, long rows) {}

    private ReportWriter() {}

    /** Writes every file of {@code report} into {@code folder} (created if missing), replacing files of the same name. */
    public static List<Written> write(Report report, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        Path markdown = folder.resolve("report.md");
        Files.writeString(
                markdown, MarkdownRenderer.render(report, MarkdownRenderer.Dialect.MARKDOWN), StandardCharsets.UTF_8);
        written.add(new Written(markdown, -1));
        for (ChartImage chart : report.charts()) {
            Path png = folder.resolve(chart.fileName());
            Files.write(png, chart.png());
            written.add(new Written(png, -1));
        }
        for (Attachment attachment : report.attachments()) {
            Path csv = folder.resolve(attachment.fileName());
            try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                written.add(new Written(csv, attachment.content().writeTo(out)));
            }
        }
        return written;
    }
}
