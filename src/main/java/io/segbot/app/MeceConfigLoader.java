package io.segbot.app;

import io.segbot.mece.MeceConfig;
import io.segbot.mece.MeceConfigYaml;
import io.segbot.mece.SizeRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads mece.yaml for the commands and applies the command-line overrides. */
final class MeceConfigLoader {
    static final Path DEFAULT = Path.of("bot-config", "mece.yaml");

    private MeceConfigLoader() {}

    /**
     * @param file the --config file, or null for bot-config/mece.yaml when present, else the built-in
     *     defaults (the prototype's)
     */
    static MeceConfig load(Path file, Integer windowDays, Integer minSize, Integer maxSize) throws IOException {
        Path path = file != null ? file : Files.exists(DEFAULT) ? DEFAULT : null;
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config: no such file " + file.toAbsolutePath());
        }
        MeceConfig config =
                path == null ? MeceConfig.defaults() : MeceConfigYaml.parse(Files.readString(path), path.toString());
        if (windowDays != null) {
            config = config.withWindowDays(windowDays);
        }
        if (minSize != null || maxSize != null) {
            SizeRules rules = config.sizeRules().withBounds(minSize, maxSize);
            config = config.withSizeRules(rules);
        }
        return config;
    }

    static String describe(Path file) {
        Path path = file != null ? file : Files.exists(DEFAULT) ? DEFAULT : null;
        return path == null ? "built-in defaults (no bot-config/mece.yaml here)" : path.toString();
    }
}
