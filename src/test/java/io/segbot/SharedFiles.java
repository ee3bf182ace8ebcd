package io.segbot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Files from {@code ../shared} that some tests use (the trained test model, CDNOW). When one is
 * absent the tests that need it are skipped, and the build log says so once per file.
 */
public final class SharedFiles {
    public static final Path STORIES_260K = Path.of("../shared/models/stories260K.gguf");

    private static final Set<Path> reported = new HashSet<>();

    private SharedFiles() {}

    /** Skips the calling test unless {@code file} exists; prints why once per file. */
    public static void assumePresent(Path file, String skipped) {
        boolean present = Files.exists(file);
        synchronized (reported) {
            if (!present && reported.add(file)) {
                System.err.println(file.toAbsolutePath().normalize() + " is absent: " + skipped + " are skipped");
            }
        }
        assumeTrue(present, file + " is absent: " + skipped + " skipped");
    }
}
