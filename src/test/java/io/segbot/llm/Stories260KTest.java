package io.segbot.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segbot.SharedFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real trained test model from ../shared/models, when that folder is present. */
class Stories260KTest {
    private static final Path STORIES = Path.of("../shared/models/stories260K.gguf");
    private static final ChatPrompt PROMPT = ChatPrompt.of("You tell stories.", "Tell me about a cat.");
    private static LlamaCppLanguageModel model;

    @BeforeAll
    static void load() {
        SharedFiles.assumePresent(STORIES, "the real-model tests");
        model = LlamaCppLanguageModel.load(
                STORIES, LlmConfig.defaults(Path.of(".")).withThreads(2));
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void a_model_without_a_template_gets_chatml() {
        assertThat(model.formatPrompt(PROMPT))
                .isEqualTo("<|im_start|>system\nYou tell stories.<|im_end|>\n<|im_start|>user\nTell me about a cat."
                        + "<|im_end|>\n<|im_start|>assistant\n");
    }

    @Test
    void greedy_generation_is_repeatable_and_streams() {
        List<String> pieces = new ArrayList<>();
        GenerationOptions options = GenerationOptions.defaults().withMaxTokens(32);
        Completion first = model.generate(PROMPT, options, pieces::add, CancellationToken.none());
        Completion second = model.generate(PROMPT, options);
        assertThat(first.text()).isNotBlank().isEqualTo(second.text());
        assertThat(String.join("", pieces)).isEqualTo(first.text());
        assertThat(pieces).hasSize(first.generatedTokens());
    }

    @Test
    void grammar_constrained_json_parses_even_from_a_story_model() throws Exception {
        String schema =
                """
                {"type":"object","properties":{
                  "segment_name":{"type":"string","pattern":"^[A-Z][a-z]{1,11}(_[A-Z][a-z]{1,11}){0,3}$"},
                  "rationale":{"type":"string","pattern":"^[A-Za-z ,.']{0,80}$"}},
                 "required":["segment_name","rationale"],"additionalProperties":false}""";
        GenerationOptions options = GenerationOptions.defaults()
                .withMaxTokens(400)
                .withTemperature(0.7)
                .withJsonSchema(schema);
        JsonNode json =
                new ObjectMapper().readTree(model.generate(PROMPT, options).text());
        assertThat(json.get("segment_name").asText()).matches("[A-Z][a-z]{1,11}(_[A-Z][a-z]{1,11}){0,3}");
        assertThat(json.get("rationale").asText()).hasSizeLessThanOrEqualTo(80);
    }
}
