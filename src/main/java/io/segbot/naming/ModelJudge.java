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

    /** The persona's array of scores, one per criterion in the book's order. */
    private Map<String, Integer> scoresOf(JsonNode node, String persona) {
        List<Criterion> criteria = spec.criteria();
        if (!node.isArray() || node.size() != criteria.size()) {
            throw new NamingStepException(
                    "the judge gave no " + criteria.size() + " scores for " + persona + " (got " + node + ")");
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            JsonNode score = node.get(i);
            if (!score.isInt() || score.asInt() < 0 || score.asInt() > 10) {
                throw new NamingStepException("the judge's " + criteria.get(i).id() + " score for " + persona
                        + " is not an integer 0-10 (got " + score + ")");
            }
            scores.put(criteria.get(i).id(), score.asInt());
        }
        return scores;
    }
}
