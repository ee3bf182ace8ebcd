package io.segbot.mece;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads mece.yaml text (the caller reads the file) into a validated {@link MeceConfig}. Every section
 * is optional and falls back to {@link MeceConfig#defaults()}; unknown keys are refused so that a
 * typo cannot silently leave a default in force. Errors name the key path and the value.
 */
public final class MeceConfigYaml {
    private static final YAMLMapper MAPPER = new YAMLMapper();

    private MeceConfigYaml() {}

    /**
     * @param yaml the file's text
     * @param origin how to name the file in messages, e.g. {@code bot-config/mece.yaml}
     * @throws MeceConfigException for unparsable YAML or an invalid key or value
     */
    public static MeceConfig parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new MeceConfigException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return MeceConfig.defaults();
        }
        Reader reader = new Reader(origin);
        reader.object(root, "(top level)", Set.of("window_days", "dimensions", "weights", "size_rules", "lift_model"));
        MeceConfig defaults = MeceConfig.defaults();
        int window = root.has("window_days") ? reader.integer(root.get("window_days"), "window_days") : 7;
        List<DimensionDefinition> dimensions =
                root.has("dimensions") ? reader.dimensions(root.get("dimensions")) : defaults.dimensions();
        ScoreWeights weights = root.has("weights") ? reader.weights(root.get("weights")) : defaults.weights();
        SizeRules sizes = root.has("size_rules") ? reader.sizeRules(root.get("size_rules")) : defaults.sizeRules();
        LiftModel lift = root.has("lift_model") ? reader.liftModel(root.get("lift_model")) : defaults.liftModel();
        return reader.build("(top level)", () -> new MeceConfig(window, dimensions, weights, sizes, lift));
    }

    private record Reader(String origin) {
        List<DimensionDefinition> dimensions(JsonNode node) {
            if (!node.isArray()) {
                throw error("dimensions", "must be a list of dimensions", node);
            }
            List<DimensionDefinition> dimensions = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                dimensions.add(dimension(node.get(i), "dimensions[" + i + "]"));
            }
            return dimensions;
        }

        DimensionDefinition dimension(JsonNode node, String path) {
            object(node, path, Set.of("name", "source", "round_digits", "tiers"));
            String name = text(required(node, path, "name"), path + ".name");
            String sourceKey = text(required(node, path, "source"), path + ".source");
            Source source = build(path + ".source", () -> Source.parse(sourceKey));
            Integer digits =
                    node.has("round_digits") ? integer(node.get("round_digits"), path + ".round_digits") : null;
            JsonNode tierNodes = required(node, path, "tiers");
            if (!tierNodes.isArray()) {
                throw error(path + ".tiers", "must be a list of tiers", tierNodes);
            }
            List<TierDefinition> tiers = new ArrayList<>();
            for (int i = 0; i < tierNodes.size(); i++) {
                tiers.add(tier(tierNodes.get(i), path + ".tiers[" + i + "]"));
            }
            return build(path, () -> new DimensionDefinition(name, source, digits, tiers));
        }

        TierDefinition tier(JsonNode node, String path) {
            object(node, path, Set.of("name", "from", "to"));
            String name = text(required(node, path, "name"), path + ".name");
            TierBound from = node.has("from") ? bound(node.get("from"), path + ".from") : null;
            TierBound to = node.has("to") ? bound(node.get("to"), path + ".to") : null;
            return build(path + ".name", () -> new TierDefinition(name, from, to));
        }

        TierBound bound(JsonNode node, String path) {
            object(node, path, Set.of("quantile", "value"));
            if (node.size() != 1) {
                throw error(path, "must hold exactly one of 'quantile' or 'value'", node);
            }
            boolean quantile = node.has("quantile");
            String key = path + (quantile ? ".quantile" : ".value");
            double number = number(node.get(quantile ? "quantile" : "value"), key);
            return build(key, () -> new TierBound(quantile, number));
        }

        ScoreWeights weights(JsonNode node) {
            Set<String> keys =
                    Set.of("conversion_potential", "lift_vs_control", "size_share", "profitability", "strategic_fit");
            object(node, "weights", keys);
            for (String key : keys) {
                required(node, "weights", key);
            }
            return build(
                    "weights",
                    () -> new ScoreWeights(
                            number(node.get("conversion_potential"), "weights.conversion_potential"),
                            number(node.get("lift_vs_control"), "weights.lift_vs_control"),
                            number(node.get("size_share"), "weights.size_share"),
                            number(node.get("profitability"), "weights.profitability"),
                            number(node.get("strategic_fit"), "weights.strategic_fit")));
        }

        SizeRules sizeRules(JsonNode node) {
            object(node, "size_rules", Set.of("min_size", "max_size", "auto_min_share", "auto_max_share"));
            SizeRules defaults = SizeRules.DEFAULT;
            Integer min = autoOrInteger(node.get("min_size"), "size_rules.min_size");
            Integer max = autoOrInteger(node.get("max_size"), "size_rules.max_size");
            double minShare = node.has("auto_min_share")
                    ? number(node.get("auto_min_share"), "size_rules.auto_min_share")
                    : defaults.autoMinShare();
            double maxShare = node.has("auto_max_share")
                    ? number(node.get("auto_max_share"), "size_rules.auto_max_share")
                    : defaults.autoMaxShare();
            return build("size_rules", () -> new SizeRules(min, max, minShare, maxShare));
        }

        LiftModel liftModel(JsonNode node) {
            object(node, "lift_model", Set.of("base_uplift"));
            double base = number(required(node, "lift_model", "base_uplift"), "lift_model.base_uplift");
            return build("lift_model", () -> new LiftModel(base));
        }

        Integer autoOrInteger(JsonNode node, String path) {
            if (node == null
                    || node.isNull()
                    || (node.isTextual() && node.asText().equals("auto"))) {
                return null;
            }
            return integer(node, path);
        }

        void object(JsonNode node, String path, Set<String> allowed) {
            if (!node.isObject()) {
                throw error(path, "must be a mapping", node);
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw error(
                            path,
                            "has unknown key '" + name + "' (allowed: "
                                    + String.join(
                                            ", ", allowed.stream().sorted().toList()) + ")",
                            node.get(name));
                }
            }
        }

        JsonNode required(JsonNode node, String path, String key) {
            JsonNode child = node.get(key);
            if (child == null || child.isNull()) {
                throw new MeceConfigException(origin + ": " + path + "." + key + " is required");
            }
            return child;
        }

        String text(JsonNode node, String path) {
            if (!node.isTextual()) {
                throw error(path, "must be text", node);
            }
            return node.asText();
        }

        int integer(JsonNode node, String path) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error(path, "must be a whole number", node);
            }
            return node.asInt();
        }

        double number(JsonNode node, String path) {
            if (!node.isNumber()) {
                throw error(path, "must be a number", node);
            }
            return node.asDouble();
        }

        <T> T build(String path, Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw new MeceConfigException(origin + ": " + path + ": " + e.getMessage(), e);
            }
        }

        MeceConfigException error(String path, String problem, JsonNode value) {
            return new MeceConfigException(origin + ": " + path + " " + problem + ", got " + value);
        }
    }
}
