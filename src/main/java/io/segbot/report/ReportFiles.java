package io.segbot.report;

import io.segbot.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a report into a folder: report.md, its PNG charts and its CSV files. */
public final class ReportFiles {
    private ReportFiles() {}

    /** Returns the files written, report.md first. */
    public static List<Path> write(Report report, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileAlreadyExistsException(
                    folder.toString(),
                    null,
                    "is a file; the report needs a folder to write report.md, charts and CSVs into");
        }
        AtomicFiles.createFolders(folder);
        List<Path> written = new ArrayList<>();
        // Charts and CSVs first and report.md last: a report.md on disk means the whole report is there.
        for (Report.Chart chart : report.charts()) {
            written.add(AtomicFiles.writeBytes(folder.resolve(chart.fileName()), chart.png()));
        }
        for (Report.Attachment attachment : report.attachments()) {
            written.add(AtomicFiles.writeText(
                    folder.resolve(attachment.fileName()),
                    out -> attachment.writer().writeTo(out)));
        }
        written.add(0, AtomicFiles.writeString(folder.resolve("report.md"), ReportText.markdown(report)));
        return written;
    }
}
