package io.segbot.ingest;

import io.segbot.SegbotException;
import java.nio.file.Path;

/**
 * A file could not be imported. The message names the file, the line and column where known,
 * what was found and what was expected; nothing was written to the database.
 */
public class ImportException extends SegbotException {
    private final long line;

    public ImportException(Path file, long line, String column, String problem) {
        super(describe(file, line, column, problem));
        this.line = line;
    }

    public ImportException(Path file, String problem) {
        this(file, 0, null, problem);
    }

    /** The 1-based physical line of the problem, or 0 when it concerns the whole file. */
    public long line() {
        return line;
    }

    static String describe(Path file, long line, String column, String problem) {
        StringBuilder message = new StringBuilder(String.valueOf(file.getFileName()));
        if (line > 0) {
            message.append(" line ").append(line);
        }
        if (column != null) {
            message.append(", column '").append(column).append('\'');
        }
        return message.append(": ").append(problem).toString();
    }
}
