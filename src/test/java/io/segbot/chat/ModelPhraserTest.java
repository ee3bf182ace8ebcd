package io.segbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.segbot.SharedFiles;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModels;
import io.segbot.llm.LlmConfig;
import io.segbot.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chat's model path on real llama.cpp with the trained stories260K test model. */
class ModelPhraserTest {
    static final Path STORIES = Path.of("../shared/models/stories260K.gguf");

    @TempDir
    Path dir;

    @Test
    void a_real_model_streams_its_phrasing_and_a_story_is_replaced_by_the_template() {
        SharedFiles.assumePresent(STORIES, "the real-model tests");
        try (LanguageModel model = LanguageModels.open(
                        LlmConfig.defaults(dir).withModel(STORIES, "test").withThreads(2));
                Database database = Database.inMemory("phrase-" + UUID.randomUUID())) {
            assertThat(model.isAvailable()).isTrue();
            ModelPhraser phraser = new ModelPhraser(model, Duration.ofSeconds(30));
            StringBuilder streamed = new StringBuilder();
            ChatReply reply = new ChatFixture(database, "At Risk")
                    .engine(phraser, dir)
                    .handle(
                            new ChatRequest(
                                    "test:model",
                                    "u",
                                    "which segment is most profitable?",
                                    ChatRequest.Permissions.NONE,
                                    null),
                            streamed::append);
            // the model ran and streamed (a children's story: stories260K is not instruction-tuned) ...
            assertThat(streamed).isNotEmpty();
            // ... and the engine refused it for dropping the answer, sending the grounded template
            assertThat(reply.model()).isEqualTo("none");
            assertThat(reply.text())
                    .startsWith(
                            "This data has no costs, so profit and ROI can't be computed; I rank by revenue instead.\n**Cluster 0 (Champions)** ranks first by revenue: $47,857.");
        }
    }
}
