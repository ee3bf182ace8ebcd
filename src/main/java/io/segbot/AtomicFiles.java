package io.segbot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Every file segbot writes goes through here: written to a temporary file in the target's folder,
 * forced to disk, then renamed into place, so a reader (or a crash, or {@code kill -9}) sees the old
 * file or the whole new one, never a file cut mid-line. Customer data is personal data: folders
 * this class creates are 0700 and files 0600 unless {@code SEGBOT_FILE_MODE=shared} (then the
 * usual 0755/0644). Thread-safe; the mode is read once.
 */
public final class AtomicFiles {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final boolean PRIVATE = !"shared"
            .equals(System.getenv().getOrDefault("SEGBOT_FILE_MODE", "private").toLowerCase(Locale.ROOT));
    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> SHARED_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {}

    /** Writes the file's content to an open stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text to an open writer. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Whether new files and folders are private (0600/0700), the default. */
    public static boolean privateMode() {
        return PRIVATE;
    }

    /** Replaces (or creates) {@code target} with {@code content}, atomically. */
    public static Path write(Path target, Content content) throws IOException {
        return write(target, content, true);
    }

    /** Like {@link #write(Path, Content)}, but refuses to replace an existing file. */
    public static Path writeNew(Path target, Content content) throws IOException {
        return write(target, content, false);
    }

    public static Path writeText(Path target, Text text) throws IOException {
        return write(target, out -> text(out, text), true);
    }

    public static Path writeNewText(Path target, Text text) throws IOException {
        return write(target, out -> text(out, text), false);
    }

    public static Path writeString(Path target, String text) throws IOException {
        return writeText(target, out -> out.write(text));
    }

    public static Path writeBytes(Path target, byte[] bytes) throws IOException {
        return write(target, out -> out.write(bytes), true);
    }

    /** Creates {@code folder} and any missing parents; the ones created here are 0700 in private mode. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        if (absolute.getParent() != null) {
            createFolders(absolute.getParent());
        }
        try {
            Files.createDirectory(absolute);
            restrict(absolute, PRIVATE_FOLDER);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw new FileAlreadyExistsException(absolute.toString(), null, "exists and is not a folder");
            }
        }
        return folder;
    }

    /** Sets 0600 on a file segbot owns (the database), in private mode; a no-op elsewhere. */
    public static void makePrivate(Path file) throws IOException {
        if (PRIVATE && Files.exists(file)) {
            restrict(file, PRIVATE_FILE);
        }
    }

    private static Path write(Path target, Content content, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "is a folder, not a file");
        }
        if (!replace && Files.exists(absolute)) {
            throw new FileAlreadyExistsException(
                    absolute.toString(), null, "already exists; segbot never overwrites it");
        }
        createFolders(folder);
        // createTempFile makes the file 0600 on POSIX file systems, so the data is never readable by others.
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (POSIX) {
                Files.setPosixFilePermissions(temp, PRIVATE ? PRIVATE_FILE : SHARED_FILE);
            }
            if (replace) {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                publishNew(temp, absolute);
            }
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // A hard link fails if the name exists, atomically: two exports can never overwrite each other.
    private static void publishNew(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw (FileAlreadyExistsException) e;
            }
            Files.move(temp, target); // no hard links here: refuses an existing target, not atomically
        }
    }

    /**
     * For a file that a library appends to itself (the console's line history): creates it empty if
     * it is missing and makes it private (0600, unless {@code SEGBOT_FILE_MODE=shared}), also when an
     * earlier version left it readable by others. What is typed into the chat is customer data too.
     */
    public static Path privateFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
            restrict(parent, PRIVATE_FOLDER);
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
        restrict(file, PRIVATE_FILE);
        return file;
    }

    private static void text(OutputStream out, Text text) throws IOException {
        Writer buffered = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // Writers such as CSVPrinter close what they were given; the rename still needs the stream open.
        Writer writer = new java.io.FilterWriter(buffered) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
        text.writeTo(writer);
        buffered.flush();
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX && PRIVATE) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
