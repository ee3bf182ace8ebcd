package io.segbot.app;

import io.segbot.mece.MeceConfig;
import io.segbot.mece.MeceConfigYaml;
import io.segbot.mece.SizeRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads mece.yaml for the commands and applies the command-line overrides. */
final class MeceConfigLoader {
    static final String FILE_NAME = "mece.yaml";

    private MeceConfigLoader() {}

    /**
     * @param file the mece command's --config file, or null for mece.yaml of the configuration folder
     *     (else the one packed into the jar, else the built-in defaults, the prototype's)
     */
    static MeceConfig load(Path file, Integer windowDays, Integer minSize, Integer maxSize) throws IOException {
        if (file != null && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config: no such file " + file.toAbsolutePath());
        }
        Optional<String> text =
                file != null ? Optional.of(Files.readString(file)) : configDir().read(FILE_NAME);
        MeceConfig config =
                text.map(yaml -> MeceConfigYaml.parse(yaml, describe(file))).orElseGet(MeceConfig::defaults);
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
        if (file != null) {
            return file.toString();
        }
        ConfigDir dir = configDir();
        return dir.read(FILE_NAME).isPresent() ? dir.describe(FILE_NAME) : "built-in defaults (no mece.yaml)";
    }

    private static ConfigDir configDir() {
        return AppContext.config().dir();
    }
}
