package io.segbot.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens a CSV file the way every import needs it: checks it is a non-empty UTF-8 text file (with
 * or without a BOM, CRLF or LF) whose header uses the expected delimiter. Its SHA-256, which
 * detects re-imports, is recorded by a reader that hashed the bytes as it read them, or computed
 * on first request.
 */
public final class CsvSource {
    private static final int SNIFF_BYTES = 8192;

    private final Path file;
    private final char delimiter;
    private String checksum;

    private CsvSource(Path file, char delimiter) {
        this.file = file;
        this.delimiter = delimiter;
    }

    /** Validates the file's shape; throws {@link ImportException} naming the problem and the fix. */
    public static CsvSource open(Path file, char delimiter) {
        String notRegular = FileShape.notRegular(file);
        if (notRegular != null) {
            throw new ImportException(file, notRegular);
        }
        byte[] head = sniff(file);
        String notText = FileShape.encodingOrCompression(file, head);
        if (notText != null) {
            throw new ImportException(file, notText);
        }
        int start = hasBom(head) ? 3 : 0;
        if (new String(head, start, head.length - start, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new ImportException(file, "the file is empty; expected a header line and at least one data row");
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                throw new ImportException(
                        file,
                        "this is a binary file (a NUL byte at offset " + i
                                + "), not a CSV text file; export the data as UTF-8 CSV");
            }
        }
        String headerLine = firstLine(head, start);
        checkDelimiter(file, headerLine, delimiter);
        return new CsvSource(file, delimiter);
    }

    public Path file() {
        return file;
    }

    public char delimiter() {
        return delimiter;
    }

    /** The file's SHA-256 in hex: as recorded while reading, or read once now. */
    public String checksum() {
        if (checksum == null) {
            checksum = sha256(file);
        }
        return checksum;
    }

    /** Whether the checksum is known without reading the file again. */
    public boolean checksumKnown() {
        return checksum != null;
    }

    /** Records the SHA-256 a reader computed over every byte of the file as it read them. */
    void recordChecksum(String sha256) {
        this.checksum = sha256;
    }

    /** The dialect every import reads: RFC 4180, the delimiter, surrounding blanks and empty lines ignored. */
    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
    }

    /** A parser over the rows, header parsed; strict UTF-8 so a bad byte is reported, not guessed. */
    public CSVParser parse() throws IOException {
        InputStream in = Files.newInputStream(file);
        Reader reader = new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        CSVFormat format = format(delimiter)
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        return CSVParser.builder().setReader(reader).setFormat(format).get();
    }

    private static void checkDelimiter(Path file, String header, char delimiter) {
        if (header.indexOf(delimiter) >= 0) {
            return;
        }
        for (char other : new char[] {';', '\t', '|', ','}) {
            if (other != delimiter && header.indexOf(other) >= 0) {
                throw new ImportException(
                        file,
                        1,
                        null,
                        "wrong delimiter: the header has no '" + printable(delimiter) + "' but has '" + printable(other)
                                + "'; re-run with --delimiter '" + printable(other) + "'");
            }
        }
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }

    private static byte[] sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read the file: " + io.segbot.ErrorText.oneLine(e));
        }
    }

    private static boolean hasBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    private static String firstLine(byte[] head, int start) {
        String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replace("\r", "");
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ImportException(file, "cannot read the file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
