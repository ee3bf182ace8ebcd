package io.segbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the configuration files (segbot.yaml, personas.yaml, mece.yaml, reports.yaml) come from:
 * {@code --config DIR}, else env {@code SEGBOT_CONFIG}, else {@code ./bot-config} when it exists,
 * else the defaults packed into the jar. A file missing from the chosen folder is taken from the
 * packed defaults, so a folder may hold only the files it changes.
 *
 * @param folder the folder, or empty for the packed defaults only
 * @param chosenBy how the folder was chosen ("--config", "SEGBOT_CONFIG", "./bot-config"), for messages
 */
record ConfigDir(Optional<Path> folder, String chosenBy) {
    static final String ENV = "SEGBOT_CONFIG";
    static final String DEFAULT_FOLDER = "bot-config";
    private static final String PACKED = "bot-config/";

    /**
     * @param option the {@code --config} folder, or null
     * @param env the environment (for {@code SEGBOT_CONFIG})
     * @param workingDir where {@code ./bot-config} is looked for
     */
    static ConfigDir resolve(Path option, Map<String, String> env, Path workingDir) {
        if (option != null) {
            return existing(option, "--config");
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return existing(Path.of(fromEnv.strip()), ENV);
        }
        Path local = workingDir.resolve(DEFAULT_FOLDER);
        if (Files.isDirectory(local)) {
            return new ConfigDir(Optional.of(Path.of(DEFAULT_FOLDER)), "./" + DEFAULT_FOLDER);
        }
        return packedOnly();
    }

    static ConfigDir packedOnly() {
        return new ConfigDir(Optional.empty(), "the defaults packed into segbot.jar");
    }

    private static ConfigDir existing(Path folder, String chosenBy) {
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(chosenBy + ": no such folder " + folder.toAbsolutePath()
                    + "; give a folder holding segbot.yaml (and optionally personas.yaml, mece.yaml, reports.yaml)");
        }
        return new ConfigDir(Optional.of(folder), chosenBy);
    }

    /** The file in the folder when it is there. */
    Optional<Path> file(String name) {
        return folder.map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
    }

    /** The file's text from the folder, else the packed default, else empty. */
    Optional<String> read(String name) {
        Optional<Path> file = file(name);
        try {
            if (file.isPresent()) {
                return Optional.of(Files.readString(file.get()));
            }
            try (InputStream packed = ConfigDir.class.getClassLoader().getResourceAsStream(PACKED + name)) {
                return packed == null
                        ? Optional.empty()
                        : Optional.of(new String(packed.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe(name) + ": " + e.getMessage(), e);
        }
    }

    /** How to name the file in messages: its path, or the packed default. */
    String describe(String name) {
        return file(name).map(Path::toString).orElse("segbot.jar's built-in " + PACKED + name);
    }
}
