package io.segbot.naming;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.llm.GenerationOptions;
import io.segbot.llm.LanguageModel;
import java.time.Duration;
import java.util.List;

/** A persona played by the language model, answering under the juror JSON schema. */
final class ModelJuror implements Juror {
    private final LanguageModel model;
    private final Duration timeout;

    ModelJuror(LanguageModel model, Duration timeout) {
        this.model = model;
        this.timeout = timeout;
    }

    @Override
    public RawProposal propose(SegmentToName segment, Persona persona, List<String> taken, long seed) {
        GenerationOptions options = GenerationOptions.defaults()
                .withMaxTokens(JuryPrompts.jurorMaxTokens(segment))
                .withTemperature(persona.temperature())
                .withSeed(seed)
                .withJsonSchema(JuryPrompts.jurorSchema(segment))
                .withTimeout(timeout);
        JsonNode json = ModelOutput.object(model, JuryPrompts.juror(persona, segment, taken), options);
        return new RawProposal(
                ModelOutput.text(json, "segment_name"),
                ModelOutput.text(json, "rule"),
                ModelOutput.text(json, "rationale"));
    }
}
