package io.segbot.ingest;

import io.segbot.ErrorText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the CSV problems every reader shares with the line, the column and the fix: Commons CSV's
 * parse failures (an unclosed quote, text after a closing quote), a header that names a column
 * twice, and a data line that repeats the header. Thread-safe (no state).
 */
public final class CsvProblems {
    // Commons CSV 1.14 formats its numbers with %,d, so a large line number has grouping separators.
    private static final String NUMBER = "([\\d,.\\u00A0\\u202F' ]+)";
    private static final Pattern OPEN_QUOTE =
            Pattern.compile("\\(startline " + NUMBER + "\\) EOF reached before encapsulated token finished");
    private static final Pattern AFTER_QUOTE =
            Pattern.compile("Invalid character between encapsulated token and delimiter at line: " + NUMBER + ",");

    private CsvProblems() {}

    /** The import error for a failure while {@code source} was parsed. */
    public static ImportException explain(CsvSource source, Throwable failure) {
        String root = rootMessage(failure);
        Matcher open = OPEN_QUOTE.matcher(root);
        if (open.find()) {
            return openQuote(source);
        }
        Matcher after = AFTER_QUOTE.matcher(root);
        if (after.find()) {
            return new ImportException(
                    source.file(),
                    number(after.group(1)),
                    null,
                    "a quoted value is followed by more text before the next '" + source.delimiter()
                            + "' (like \"abc\"x); quote the whole value and write each quote inside it as two (\"\")");
        }
        return new ImportException(source.file(), "cannot read the file as UTF-8 CSV: " + root);
    }

    /** The innermost message of a failure, one line and bounded; bytes that are not UTF-8 get the fix. */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause instanceof java.nio.charset.CharacterCodingException
                ? "it contains bytes that are not UTF-8 (" + cause.getClass().getSimpleName() + "); save it as UTF-8"
                : message == null ? cause.getClass().getSimpleName() : ErrorText.oneLine(cause);
    }

    /** Refuses a header that names one column twice (the rows would then seem one field short). */
    public static void refuseDuplicateNames(CsvSource source, List<String> headers) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.get(i) == null ? "" : headers.get(i).strip();
            Integer earlier = name.isEmpty() ? null : seen.putIfAbsent(name, i + 1);
            if (earlier != null) {
                throw new ImportException(
                        source.file(),
                        1,
                        null,
                        "the header names the column '" + ErrorText.quote(name) + "' twice (fields " + earlier + " and "
                                + (i + 1) + "); rename or remove one");
            }
        }
    }

    /** Whether a data record is the header again (a concatenated export, a copy-paste). */
    public static boolean repeatsHeader(String[] values, List<String> headers) {
        if (values.length != headers.size()) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (!values[i]
                    .strip()
                    .equals(headers.get(i) == null ? "" : headers.get(i).strip())) {
                return false;
            }
        }
        return true;
    }

    /** The problem text for a line that repeats the header. */
    public static final String REPEATED_HEADER = "this line repeats the header (line 1); remove it";

    private static ImportException openQuote(CsvSource source) {
        QuoteScan.Opening opening;
        try {
            opening = QuoteScan.unclosed(source.file(), source.delimiter());
        } catch (IOException e) {
            opening = null;
        }
        String fix = "add the closing quote (\"), or write a quote that is part of a value as two (\"\")";
        if (opening == null) {
            return new ImportException(
                    source.file(), "a quote opens a value that is never closed before the end of the file; " + fix);
        }
        return new ImportException(
                source.file(),
                opening.line(),
                columnName(source, opening.field()),
                "the quote at character " + opening.character()
                        + " opens a value that is never closed, so the rest of the file would be one value; " + fix);
    }

    private static String columnName(CsvSource source, int field) {
        try (var parser = source.parse()) {
            List<String> names = parser.getHeaderNames();
            if (field < names.size() && !names.get(field).isBlank()) {
                return ErrorText.quote(names.get(field));
            }
        } catch (IOException | RuntimeException e) {
            // the quote is in the header itself: name the field by number
        }
        return "field " + (field + 1);
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    /**
     * Finds the quote that opens a value left open at the end of the file, by reading the file with
     * the same rules as the import's format (RFC 4180, surrounding blanks ignored, {@code ""} inside a
     * quoted value is one quote).
     */
    static final class QuoteScan {
        /** A 1-based physical line, a 1-based character position in it, and a 0-based field index. */
        record Opening(long line, int character, int field) {}

        private enum State {
            FIELD_START,
            UNQUOTED,
            QUOTED,
            CLOSING,
            AFTER_QUOTE
        }

        private QuoteScan() {}

        static Opening unclosed(java.nio.file.Path file, char delimiter) throws IOException {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    Files.newInputStream(file),
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
                State state = State.FIELD_START;
                long line = 1;
                int character = 0;
                int field = 0;
                Opening opening = null;
                boolean afterCr = false;
                for (int c; (c = reader.read()) != -1; ) {
                    if (c == '\n' && afterCr) {
                        afterCr = false;
                        continue; // the \n of \r\n: the line break was counted at \r
                    }
                    afterCr = c == '\r';
                    character++;
                    if (state == State.CLOSING) {
                        state = c == '"' ? State.QUOTED : State.AFTER_QUOTE;
                        if (c == '"') {
                            continue;
                        }
                    }
                    boolean lineBreak = c == '\n' || c == '\r';
                    if (state == State.QUOTED) {
                        if (c == '"') {
                            state = State.CLOSING;
                        }
                    } else if (c == delimiter) {
                        state = State.FIELD_START;
                        field++;
                    } else if (lineBreak) {
                        state = State.FIELD_START;
                        field = 0;
                    } else if (state == State.FIELD_START && c == '"') {
                        state = State.QUOTED;
                        opening = new Opening(line, character, field);
                    } else if (state == State.FIELD_START && !Character.isWhitespace(c) && c != '\uFEFF') {
                        state = State.UNQUOTED;
                    }
                    if (lineBreak) {
                        line++;
                        character = 0;
                    }
                }
                return state == State.QUOTED ? opening : null;
            }
        }
    }
}
