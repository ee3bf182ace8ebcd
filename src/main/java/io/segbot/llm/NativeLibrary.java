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

    /**
     * Refuses, in words, a platform whose llama.cpp library this jar does not carry. The jar packs
     * only java-llama.cpp's Linux x86_64 library (the pom's shade filter drops the Mac and Windows
     * ones to keep the jar small); elsewhere the loader would fail with its own text.
     */
    static void requireSupportedPlatform() {
        String problem = unsupportedPlatform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (problem != null) {
            throw new ModelLoadException(problem);
        }
    }

    /** Why the library cannot load on this OS and architecture, or null on Linux x86_64. */
    static String unsupportedPlatform(String osName, String osArch) {
        boolean linux = osName.toLowerCase(java.util.Locale.ROOT).startsWith("linux");
        boolean x86 = osArch.equals("amd64") || osArch.equals("x86_64");
        if (linux && x86) {
            return null;
        }
        return "this segbot jar carries llama.cpp only for Linux x86_64, not for " + osName + " " + osArch
                + ", so no model can be loaded here and answers use the checked templates;"
                + " to use a model on this machine, build segbot with java-llama.cpp's library for it"
                + " (README, Local language model)";
    }

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
