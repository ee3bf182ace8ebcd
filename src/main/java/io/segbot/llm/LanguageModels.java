package io.segbot.llm;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the process's language model. segbot loads at most one model per process, once: a
 * second {@link #open} for the same file returns the same model, one for another file is refused
 * and falls back to no-model mode with the reason (java-llama.cpp 4.2.0 cannot free a model, see
 * {@link LanguageModel#close()}).
 */
public final class LanguageModels {
    private static final Logger log = LoggerFactory.getLogger(LanguageModels.class);
    private static LoadedModel active;

    /** A model that stays loaded until closed; close() makes room for another. */
    private record LoadedModel(Path path, LlamaCppLanguageModel model) {}

    private LanguageModels() {}

    /**
     * The active model for {@code config}: llama.cpp when a model file is found and loads, else
     * {@link NoModel} whose {@link ModelDescription#startupLine()} says why. Never throws for a
     * missing or broken model file; logs the startup line.
     */
    public static LanguageModel open(LlmConfig config) {
        ModelLocator.Choice choice = ModelLocator.choose(config);
        if (choice.path().isEmpty()) {
            return noModel(choice.why());
        }
        Path path = choice.path().get().toAbsolutePath().normalize();
        synchronized (LanguageModels.class) {
            if (active != null && active.model().isAvailable()) {
                if (active.path().equals(path)) {
                    return active.model();
                }
                return noModel("another model, " + active.path() + ", is already loaded in this process; "
                        + "segbot loads one model per process");
            }
            try {
                LlamaCppLanguageModel model = LlamaCppLanguageModel.load(path, config);
                active = new LoadedModel(path, model);
                return model;
            } catch (ModelLoadException e) {
                return noModel(e.getMessage() + " [" + choice.why() + "]");
            }
        }
    }

    private static LanguageModel noModel(String reason) {
        NoModel model = new NoModel(reason);
        log.info(model.describe().startupLine());
        return model;
    }
}
