package io.segbot.naming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segbot.llm.ChatPrompt;
import io.segbot.llm.Completion;
import io.segbot.llm.GenerationOptions;
import io.segbot.llm.LanguageModel;
import io.segbot.llm.LanguageModelException;
import java.io.IOException;

/** Asks the model for one JSON object and turns every way that can fail into a {@link NamingStepException}. */
final class ModelOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelOutput() {}

    static JsonNode object(LanguageModel model, ChatPrompt prompt, GenerationOptions options) {
        Completion completion;
        try {
            completion = model.generate(prompt, options);
        } catch (LanguageModelException e) {
            throw new NamingStepException("the model failed: " + e.getMessage(), e);
        }
        if (completion.finishReason() == Completion.FinishReason.LENGTH) {
            throw new NamingStepException("the output was cut off at " + completion.generatedTokens() + " tokens");
        }
        try {
            JsonNode json = JSON.readTree(completion.text());
            if (json == null || !json.isObject()) {
                throw new NamingStepException("the output is not a JSON object: " + quote(completion.text()));
            }
            return json;
        } catch (IOException e) {
            throw new NamingStepException("the output is not the requested JSON: " + quote(completion.text()), e);
        }
    }

    /** The text of field {@code name}, or empty when it is absent or not a string. */
    static String text(JsonNode json, String name) {
        JsonNode field = json.get(name);
        return field != null && field.isTextual() ? field.asText() : "";
    }

    private static String quote(String text) {
        String shown = text.length() <= 80 ? text : text.substring(0, 77) + "...";
        return '"' + shown.replace("\n", "\\n") + '"';
    }
}
