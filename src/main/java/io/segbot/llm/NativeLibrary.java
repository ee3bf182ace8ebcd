package io.segbot.llm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.function.Supplier;

/**
 * Where and how java-llama.cpp's native library is unpacked. By default it is extracted to a fixed,
 * shared {@code /tmp/libjllama.so}, which another user of the machine could plant first, and the
 * loader prints "Extracted ..." on stdout, which breaks {@code ask --json}. Here the library goes to
 * a private folder of the current user ({@code ~/.cache/segbot/native}, or {@code SEGBOT_NATIVE_DIR}),
 * created 0700 and refused if someone else owns it, and the loader's stdout goes to stderr.
 */
final class NativeLibrary {
    static final String TMPDIR_PROPERTY = "de.kherud.llama.tmpdir";

    private NativeLibrary() {}

    /** Runs {@code load} (the first use of the library) with a private extraction folder and a clean stdout. */
    static synchronized <T> T load(Supplier<T> load) {
        if (System.getProperty(TMPDIR_PROPERTY) == null) {
            System.setProperty(TMPDIR_PROPERTY, privateFolder(defaultFolder()).toString());
        }
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try {
            return load.get();
        } finally {
            System.setOut(stdout);
        }
    }

    static Path defaultFolder() {
        String configured = System.getenv("SEGBOT_NATIVE_DIR");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "segbot", "native");
    }

    /** Creates {@code folder} 0700, or checks that an existing one is a real folder of this user. */
    static Path privateFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw new ModelLoadException("the native library folder " + folder
                        + " is a symbolic link or not a folder; remove it or set SEGBOT_NATIVE_DIR");
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                UserPrincipal me = FileSystems.getDefault()
                        .getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
                UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
                if (!owner.equals(me)) {
                    throw new ModelLoadException(
                            "the native library folder " + folder + " belongs to " + owner.getName() + ", not to "
                                    + me.getName() + "; remove it or set SEGBOT_NATIVE_DIR to a folder of yours");
                }
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            return folder;
        } catch (IOException e) {
            throw new ModelLoadException(
                    "cannot prepare the native library folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
