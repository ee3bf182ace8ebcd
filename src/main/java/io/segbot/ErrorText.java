package io.segbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Turns a failure, or a value quoted in one, into text that fits on one line of a terminal or a
 * chat message: no line breaks, no control characters, bounded length (a 10 MB CSV cell must not
 * become a 10 MB error). Pure functions, thread-safe.
 */
public final class ErrorText {
    /** The longest value quoted inside a message, in characters (then an ellipsis). */
    public static final int MAX_QUOTED = 80;
    /** The longest whole message, in characters (then an ellipsis). */
    public static final int MAX_LINE = 400;

    // H2 appends the statement and an error code to its messages: "...; SQL statement:\nINSERT ... [22001-224]".
    private static final Pattern SQL_TAIL = Pattern.compile("(?s)(;\\s*)?SQL statement:.*$");
    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[\\d{5}-\\d+]\\s*$");

    private ErrorText() {}

    /** One line describing {@code failure} for a person, without the stack trace. */
    public static String oneLine(Throwable failure) {
        return clip(oneLine(describe(failure)), MAX_LINE);
    }

    /** A value from data or from a user, made safe to quote in a one-line message. */
    public static String quote(String value) {
        return value == null ? "" : clip(oneLine(value), MAX_QUOTED);
    }

    /** The human part of a JDBC error: H2's message without the SQL statement and error code. */
    public static String sql(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return H2_CODE.matcher(SQL_TAIL.matcher(message).replaceAll(""))
                .replaceAll("")
                .strip();
    }

    private static String describe(Throwable failure) {
        if (failure instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
            return describe(unchecked.getCause());
        }
        if (failure instanceof IOException io) {
            return io(io);
        }
        if (failure instanceof SQLException sql) {
            return "database error: " + sql(sql);
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return SQL_TAIL.matcher(message).replaceAll("");
    }

    private static String io(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile() + " (check the folder's owner and mode)";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getReason() != null
                    ? exists.getFile() + " " + exists.getReason()
                    : "already exists: " + exists.getFile();
        }
        if (e instanceof NotDirectoryException notFolder) {
            return "not a folder: " + notFolder.getFile();
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Line breaks and tabs become spaces; other control characters (ESC, BEL, ...) become '?'. */
    static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), MAX_LINE + 16));
        boolean space = false;
        for (int i = 0; i < text.length() && line.length() <= MAX_LINE; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
                space = line.length() > 0;
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            line.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return line.toString();
    }

    private static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
