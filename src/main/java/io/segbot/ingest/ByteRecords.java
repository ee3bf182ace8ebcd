package io.segbot.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The import's fast path: splits a CSV file into records at the byte level while a {@link
 * ReadAhead} thread reads the file and hashes every byte (SHA-256 in the same pass). A line without quotes, carriage returns inside it or
 * non-ASCII bytes, and with the header's number of fields, is handed over as byte ranges; any
 * other record (quoted fields, line breaks inside quotes, UTF-8 text, a ragged row) is cut out
 * whole, decoded strictly and parsed by Commons CSV with {@link CsvSource}'s format, so it gets
 * exactly the general path's values. Not thread-safe.
 */
final class ByteRecords implements AutoCloseable {
    /** Receives each data record once, in file order. */
    interface Handler {
        /** A plain line: field {@code i} is {@code line[starts[i] .. ends[i])}, untrimmed. */
        void simple(byte[] line, int[] starts, int[] ends, long recordNumber);

        /** Any other record, as Commons CSV parsed it. */
        void general(String[] values, long recordNumber);
    }

    private static final int INITIAL_BUFFER = 1 << 20;

    private final ReadAhead in;
    private final byte delimiter;
    private final CSVFormat format;
    private byte[] buffer = new byte[INITIAL_BUFFER];
    private int position;
    private int limit;
    private boolean endOfFile;
    private long records;
    private int width;
    private int[] starts;
    private int[] ends;

    private ByteRecords(ReadAhead in, char delimiter, CSVFormat format) {
        this.in = in;
        this.delimiter = (byte) delimiter;
        this.format = format;
    }

    /** Whether the fast path can split on this delimiter (one ASCII byte, not a quote or line end). */
    static boolean supports(char delimiter) {
        return delimiter < 0x80 && delimiter != '"' && delimiter != '\r' && delimiter != '\n';
    }

    static ByteRecords open(Path file, char delimiter, CSVFormat format) throws IOException {
        return new ByteRecords(ReadAhead.open(file), delimiter, format);
    }

    /**
     * Reads the header record (skipping a UTF-8 BOM and empty lines) and returns Commons CSV's
     * parse of it; its header map's size is the width a consistent record has.
     */
    CSVParser header() throws IOException {
        fill();
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            position = 3;
        }
        while (true) {
            int end = recordEnd(position);
            if (end < 0 && !endOfFile) {
                fill();
                continue;
            }
            int stop = end < 0 ? limit : end;
            String text = decode(position, stop);
            position = end < 0 ? limit : end + 1;
            if (text.isEmpty() || text.equals("\r")) {
                if (end < 0) {
                    return CSVParser.builder()
                            .setReader(new StringReader(""))
                            .setFormat(withHeader())
                            .get();
                }
                continue;
            }
            CSVParser parser = CSVParser.builder()
                    .setReader(new StringReader(text))
                    .setFormat(withHeader())
                    .get();
            Map<String, Integer> map = parser.getHeaderMap();
            width = map == null ? 0 : map.size();
            starts = new int[Math.max(1, width)];
            ends = new int[Math.max(1, width)];
            return parser;
        }
    }

    private CSVFormat withHeader() {
        return format.builder().setHeader().setSkipHeaderRecord(true).get();
    }

    /** Streams every data record to the handler. */
    void forEach(Handler handler) throws IOException {
        while (true) {
            int newline = indexOf((byte) '\n', position);
            if (newline < 0 && !endOfFile) {
                fill();
                continue;
            }
            if (newline < 0 && position == limit) {
                return;
            }
            int end = newline < 0 ? limit : newline;
            int stop = end > position && buffer[end - 1] == '\r' ? end - 1 : end;
            if (stop > position && !simple(position, stop, handler)) {
                complex(handler);
                continue;
            }
            position = newline < 0 ? limit : newline + 1;
        }
    }

    /** Hands a plain line over as byte ranges; false when the line needs the general parser. */
    private boolean simple(int from, int to, Handler handler) {
        byte[] b = buffer;
        int field = 0;
        int fieldStart = from;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == delimiter) {
                if (field == width - 1) {
                    return false;
                }
                starts[field] = fieldStart;
                ends[field++] = i;
                fieldStart = i + 1;
            } else if (c == '"' || c == '\r' || c < 0) {
                return false;
            }
        }
        if (field != width - 1) {
            return false;
        }
        starts[field] = fieldStart;
        ends[field] = to;
        handler.simple(b, starts, ends, ++records);
        return true;
    }

    /** Cuts out the record starting at the current position, however many lines it spans. */
    private void complex(Handler handler) throws IOException {
        int end;
        while ((end = recordEnd(position)) < 0 && !endOfFile) {
            fill();
        }
        int stop = end < 0 ? limit : end;
        String text = decode(position, stop);
        position = end < 0 ? limit : end + 1;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                handler.general(record.values(), ++records);
            }
        }
    }

    /**
     * The index of the line feed that ends the record starting at {@code from}, following Commons
     * CSV's lexer: a quote opens a quoted field only as a field's first non-blank character, a
     * doubled quote inside one is a literal quote; -1 when the buffer holds no end yet.
     */
    private int recordEnd(int from) {
        boolean fieldStart = true;
        boolean quoted = false;
        for (int i = from; i < limit; i++) {
            byte c = buffer[i];
            if (quoted) {
                if (c == '"') {
                    if (i + 1 == limit && !endOfFile) {
                        return -1;
                    }
                    if (i + 1 < limit && buffer[i + 1] == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '\n') {
                return i;
            } else if (c == delimiter || c == '\r') {
                fieldStart = true;
            } else if (fieldStart && c == '"') {
                quoted = true;
                fieldStart = false;
            } else if (!(fieldStart && isBlank(c))) {
                fieldStart = false;
            }
        }
        return -1;
    }

    /** Commons CSV's leading blanks ({@link Character#isWhitespace} below 0x80, line ends aside). */
    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || (c >= 0x1C && c <= 0x1F);
    }

    private int indexOf(byte wanted, int from) {
        byte[] b = buffer;
        for (int i = from; i < limit; i++) {
            if (b[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private String decode(int from, int to) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buffer, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves the unread tail to the front (growing the buffer for a record longer than it) and reads on. */
    private void fill() throws IOException {
        if (endOfFile) {
            return;
        }
        int remaining = limit - position;
        if (position == 0 && limit == buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
        } else {
            System.arraycopy(buffer, position, buffer, 0, remaining);
            position = 0;
            limit = remaining;
        }
        limit += in.read(buffer, limit, buffer.length - limit);
        endOfFile = limit < buffer.length;
    }

    /** Reads any rest of the file (hashing it) and returns the whole file's SHA-256 in hex. */
    String checksum() throws IOException {
        return in.checksum();
    }

    /** The header names as Commons CSV gives them. */
    static List<String> names(CSVParser header) {
        return header.getHeaderNames();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
