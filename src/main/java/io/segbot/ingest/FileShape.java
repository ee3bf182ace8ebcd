package io.segbot.ingest;

import io.segbot.ErrorText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Names what a file is when it is not a UTF-8 CSV text file: a folder, a named pipe, a device, a
 * compressed or UTF-16 file. Every import checks this before reading a row, so the error says what
 * the file is and how to turn it into one segbot reads (gunzip, iconv), instead of "no such file" or
 * "binary". Pure apart from reading the file's attributes; thread-safe.
 */
final class FileShape {
    // File type bits of st_mode (POSIX <sys/stat.h>).
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileShape() {}

    /** Why {@code file} is not a regular file segbot can read, or null when it is one. */
    static String notRegular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return "no such file (looked in " + file.toAbsolutePath() + ")";
        } catch (IOException e) {
            return "cannot read the file: " + ErrorText.oneLine(e);
        }
        if (attributes.isRegularFile()) {
            return null;
        }
        if (attributes.isDirectory()) {
            return "this is a folder, not a file; give the path of the CSV file inside it";
        }
        String kind = special(file);
        if (kind.contains("pipe") || kind.contains("socket")) {
            return "this is " + kind + ", not a regular file; segbot reads a file twice (to check it, then to"
                    + " import it), so save the data to a file first (e.g. cat " + shellWord(file)
                    + " > orders.csv) and import that";
        }
        return "this is " + kind + ", not a file with data; give the path of a CSV file";
    }

    private static String special(Path file) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
        return switch (mode) {
            case FIFO -> "a named pipe (FIFO)";
            case CHARACTER_DEVICE -> "a character device (like /dev/zero or a terminal)";
            case BLOCK_DEVICE -> "a block device (a disk)";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }

    /**
     * What the first bytes say the file is when it is not UTF-8 text: a byte-order mark or the NUL
     * pattern of UTF-16/UTF-32, or the magic number of a compressed file or an archive; null when
     * none matches (the caller still refuses other binary content).
     */
    static String encodingOrCompression(Path file, byte[] head) {
        if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00) || startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return encoded(file, "UTF-32 (with a byte-order mark)", "UTF-32");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return encoded(file, "UTF-16 little-endian (with a byte-order mark)", "UTF-16");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return encoded(file, "UTF-16 big-endian (with a byte-order mark)", "UTF-16");
        }
        if (head.length >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
            return encoded(file, "UTF-16 little-endian (no byte-order mark)", "UTF-16LE");
        }
        if (head.length >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
            return encoded(file, "UTF-16 big-endian (no byte-order mark)", "UTF-16BE");
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return compressed(file, "gzip", "gunzip", ".gz");
        }
        if (startsWith(head, 0x42, 0x5A, 0x68)) {
            return compressed(file, "bzip2", "bunzip2", ".bz2");
        }
        if (startsWith(head, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)) {
            return compressed(file, "xz", "unxz", ".xz");
        }
        if (startsWith(head, 0x28, 0xB5, 0x2F, 0xFD)) {
            return compressed(file, "zstd", "unzstd", ".zst");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return "this is a zip archive (an Excel .xlsx or LibreOffice .ods workbook is one too), not a CSV text"
                    + " file; unzip it (unzip " + shellWord(file) + "), or open the sheet and save it as CSV UTF-8";
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "this is an old Excel (.xls) or other Office file, not a CSV text file; open it and save the"
                    + " sheet as CSV UTF-8";
        }
        return null;
    }

    private static String encoded(Path file, String encoding, String iconvName) {
        String name = shellWord(file);
        return "this file is encoded as " + encoding + ", not UTF-8; convert it with iconv -f " + iconvName
                + " -t UTF-8 " + name + " > " + shellWord(sibling(file, "-utf8")) + " and import that";
    }

    private static String compressed(Path file, String format, String tool, String suffix) {
        String name = shellWord(file);
        String fileName = file.getFileName().toString();
        String unpacked = fileName.endsWith(suffix)
                ? " (gives "
                        + shellWord(file.resolveSibling(fileName.substring(0, fileName.length() - suffix.length())))
                        + ")"
                : "";
        return "this file is " + format + "-compressed, not a CSV text file; unpack it first with " + tool + " -k "
                + name + unpacked + " and import the unpacked file";
    }

    private static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return file.resolveSibling(renamed);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The path as a person types it in a shell: single-quoted when it holds anything but safe characters. */
    static String shellWord(Path file) {
        String text = ErrorText.quote(file.toString());
        return text.matches("[A-Za-z0-9_./@%+=:,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
