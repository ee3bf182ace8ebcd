package io.segbot.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report into a folder: report.md, its PNG charts and its CSV files. */
public final class ReportFiles {
    private ReportFiles() {}

    /** Returns the files written, report.md first. */
    public static List<Path> write(Report report, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Path markdown = folder.resolve("report.md");
        Files.writeString(markdown, ReportText.markdown(report), StandardCharsets.UTF_8);
        written.add(markdown);
        for (Report.Chart chart : report.charts()) {
            Path file = folder.resolve(chart.fileName());
            Files.write(file, chart.png());
            written.add(file);
        }
        for (Report.Attachment attachment : report.attachments()) {
            Path file = folder.resolve(attachment.fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                attachment.writer().writeTo(out);
            }
            written.add(file);
        }
        return written;
    }
}
