package io.segbot.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A file that goes with a report, typically a CSV export. Its content is produced on demand by
 * {@link Content#writeTo}, streamed from the stored run, so a million-row export is never held in
 * memory and writing it twice gives the same bytes.
 */
public record Attachment(String fileName, String description, Content content) {
    /** Writes the file's text; returns the number of data rows written (not counting a header). */
    @FunctionalInterface
    public interface Content {
        long writeTo(Writer out) throws IOException;
    }

    public Attachment {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
        if (fileName == null || !fileName.matches("[a-z0-9][a-z0-9-]*\\.csv")) {
            throw new IllegalArgumentException(
                    "attachment file name must be lower-case letters, digits and dashes ending in .csv, got "
                            + fileName);
        }
    }
}
