package io.segbot.naming;

import com.fasterxml.jackson.databind.JsonNode;
import io.segbot.llm.GenerationOptions;
import io.segbot.llm.LanguageModel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The judge played by the language model, answering under the judge JSON schema. */
final class ModelJudge implements Judge {
    private final LanguageModel model;
    private final JudgeSpec spec;
    private final Duration timeout;

    ModelJudge(LanguageModel model, JudgeSpec spec, Duration timeout) {
        this.model = model;
        this.spec = spec;
        this.timeout = timeout;
    }

    @Override
    public JudgeScores judge(SegmentToName segment, List<Proposal> valid, long seed) {
        GenerationOptions options = GenerationOptions.defaults()
                .withMaxTokens(JuryPrompts.judgeMaxTokens(valid))
                .withTemperature(spec.temperature())
                .withSeed(seed)
                .withJsonSchema(JuryPrompts.judgeSchema(spec, valid))
                .withTimeout(timeout);
        JsonNode json = ModelOutput.object(model, JuryPrompts.judge(spec, segment, valid), options);
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (Proposal proposal : valid) {
            scores.put(proposal.persona(), scoresOf(json.path("scores").path(proposal.persona()), proposal.persona()));
        }
        String pick = ModelOutput.text(json, "pick");
        if (!scores.containsKey(pick)) {
            throw new NamingStepException(
                    "the judge picked '" + pick + "', which is not a valid proposal's persona " + scores.keySet());
        }
        return JudgeScores.of("model", scores, spec, pick, ModelOutput.text(json, "reason"));
    }

    private Map<String, Integer> scoresOf(JsonNode node, String persona) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Criterion criterion : spec.criteria()) {
            JsonNode score = node.get(criterion.id());
            if (score == null || !score.isInt() || score.asInt() < 0 || score.asInt() > 10) {
                throw new NamingStepException("the judge gave no 0-10 integer " + criterion.id() + " for " + persona
                        + " (got " + score + ")");
            }
            scores.put(criterion.id(), score.asInt());
        }
        return scores;
    }
}
