package io.segbot.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageModelsTest {
    @TempDir
    Path root;

    @Test
    void without_a_models_folder_the_no_model_mode_says_why() {
        LanguageModel model = LanguageModels.open(LlmConfig.defaults(root));
        assertThat(model.isAvailable()).isFalse();
        assertThat(model.describe().startupLine())
                .isEqualTo("language model: none (no model found in models/ (the folder does not exist));"
                        + " answers and segment names use templates");
    }

    @Test
    void an_empty_models_folder_means_no_model() throws IOException {
        Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("models/README.md"), "put a model here");
        LanguageModel model = LanguageModels.open(LlmConfig.defaults(root));
        assertThat(model.describe().mode()).isEqualTo(ModelDescription.Mode.NO_MODEL);
        assertThat(model.describe().startupLine()).contains("(no model found in models/)");
    }

    @Test
    void a_file_that_is_not_gguf_falls_back_to_no_model_with_the_reason() throws IOException {
        Files.createDirectories(root.resolve("models"));
        Files.writeString(root.resolve("models/broken.gguf"), "<html>not found</html>");
        LanguageModel model = LanguageModels.open(LlmConfig.defaults(root));
        assertThat(model.isAvailable()).isFalse();
        assertThat(model.describe().startupLine())
                .contains("broken.gguf is not a GGUF file: it starts with \"<htm\"", "[first *.gguf in models/]");
        assertThatThrownBy(() -> model.generate(ChatPrompt.of("", "hi"), GenerationOptions.defaults()))
                .isInstanceOf(ModelUnavailableException.class)
                .hasMessageContaining("no language model is active");
    }

    @Test
    void a_named_model_that_is_missing_falls_back_to_no_model() {
        Path missing = root.resolve("models/qwen.gguf");
        LanguageModel model = LanguageModels.open(LlmConfig.defaults(root).withModel(missing, "env SEGBOT_MODEL"));
        assertThat(model.describe().startupLine())
                .isEqualTo("language model: none (model file " + missing + " does not exist or is not a regular file"
                        + " [env SEGBOT_MODEL]); answers and segment names use templates");
    }

    @Test
    void a_model_too_large_for_memory_is_refused_before_loading() {
        Path file = TinyLlamaGguf.write(root.resolve("tiny.gguf"), 3, null);
        LlmConfig config = LlmConfig.defaults(root).withContextSize(1024);
        // weights 497,056 B + KV 2 x 2 layers x 1024 x 32 x 2 B = 262,144 B + 128 MiB overhead
        assertThat(MemoryCheck.requiredBytes(497_056, GgufReader.read(file), 1024))
                .isEqualTo(497_056 + 262_144 + (128L << 20));
        assertThatThrownBy(() -> LlamaCppLanguageModel.load(file, config, () -> 64L << 20))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("needs about 128.7 MB")
                .hasMessageContaining("but only 64.0 MB of memory is available");
    }

    @Test
    void a_bad_context_size_is_refused_with_the_key_and_value() {
        assertThatThrownBy(() -> LlmConfig.defaults(root).withContextSize(100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model.context_size must be within [256, 131072], got 100");
    }

    @Test
    void the_first_gguf_in_models_is_loaded_once_per_process() throws IOException {
        Files.createDirectories(root.resolve("models"));
        TinyLlamaGguf.write(root.resolve("models/b.gguf"), 5, null);
        TinyLlamaGguf.write(root.resolve("models/a.gguf"), 4, null);
        LlmConfig config = LlmConfig.defaults(root).withThreads(1);
        LanguageModel model = LanguageModels.open(config);
        try {
            assertThat(model.describe().mode()).isEqualTo(ModelDescription.Mode.LLAMA_CPP);
            assertThat(model.describe().label()).isEqualTo("a.gguf");
            assertThat(LanguageModels.open(config)).isSameAs(model);
            LanguageModel other = LanguageModels.open(config.withModel(root.resolve("models/b.gguf"), "test"));
            assertThat(other.isAvailable()).isFalse();
            assertThat(other.describe().startupLine()).contains("a.gguf, is already loaded in this process");
        } finally {
            model.close();
        }
    }
}
