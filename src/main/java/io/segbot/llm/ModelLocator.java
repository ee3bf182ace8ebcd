package io.segbot.llm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Decides which model file to load, and says why, before anything is loaded. */
public final class ModelLocator {
    /**
     * The file to load and where its name came from, or no file and the reason.
     *
     * @param path the model file, or empty for no-model mode
     * @param why e.g. "env SEGBOT_MODEL", "first *.gguf in models/", "no model found in models/"
     */
    public record Choice(Optional<Path> path, String why) {}

    private ModelLocator() {}

    /** The explicitly named model, else the alphabetically first {@code *.gguf} in the models folder. */
    public static Choice choose(LlmConfig config) {
        if (config.explicitModel().isPresent()) {
            return new Choice(config.explicitModel(), config.explicitSource());
        }
        Path dir = config.modelsDir();
        String shown = dir.getFileName() + "/";
        if (!Files.isDirectory(dir)) {
            return new Choice(Optional.empty(), "no model found in " + shown + " (the folder does not exist)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            Optional<Path> first = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .endsWith(".gguf"))
                    .sorted()
                    .findFirst();
            return first.map(file -> new Choice(Optional.of(file), "first *.gguf in " + shown))
                    .orElseGet(() -> new Choice(Optional.empty(), "no model found in " + shown));
        } catch (IOException e) {
            return new Choice(Optional.empty(), "cannot list " + dir + ": " + e.getMessage());
        }
    }
}
