package io.segbot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/** A run's stored model description (JSON) as one sentence for a report, never the raw JSON. */
final class ModelText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelText() {}

    static boolean used(String modelJson) {
        JsonNode node = parse(modelJson);
        return node != null && node.path("used").asBoolean(false);
    }

    /** "; BG/NBD not used: REASON" for a run whose model was gated or set aside, else "". */
    static String whyNot(String modelJson) {
        JsonNode node = parse(modelJson);
        return node == null || node.path("used").asBoolean(false) || !node.has("reason")
                ? ""
                : "; BG/NBD not used: " + node.path("reason").asText();
    }

    static String describe(String modelJson) {
        JsonNode node = parse(modelJson);
        if (node == null) {
            return "no BG/NBD model for this run: not fitted";
        }
        if (!node.path("used").asBoolean(false)) {
            return "no BG/NBD model for this run: " + node.path("reason").asText("not fitted");
        }
        JsonNode bg = node.path("bgnbd");
        JsonNode gg = node.path("gamma_gamma");
        return String.format(
                Locale.ROOT,
                "model: BG/NBD r = %.4f, alpha = %.3f, a = %.4f, b = %.4f (log-likelihood %.2f);"
                        + " Gamma-Gamma p = %.3f, q = %.3f, gamma = %.3f (log-likelihood %.2f)",
                bg.path("r").asDouble(),
                bg.path("alpha").asDouble(),
                bg.path("a").asDouble(),
                bg.path("b").asDouble(),
                bg.path("log_likelihood").asDouble(),
                gg.path("p").asDouble(),
                gg.path("q").asDouble(),
                gg.path("gamma").asDouble(),
                gg.path("log_likelihood").asDouble());
    }

    private static JsonNode parse(String modelJson) {
        if (modelJson == null || modelJson.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(modelJson);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
