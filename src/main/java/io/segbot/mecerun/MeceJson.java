package io.segbot.mecerun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segbot.mece.DimensionDefinition;
import io.segbot.mece.DimensionThresholds;
import io.segbot.mece.FoldReport;
import io.segbot.mece.Lift;
import io.segbot.mece.MeceProof;
import io.segbot.mece.MeceRun;
import io.segbot.mece.ResolvedTier;
import io.segbot.mece.SegmentScore;
import io.segbot.mece.Threshold;
import io.segbot.mece.TierDefinition;
import java.util.List;

/**
 * The JSON forms of a MECE run's parts, shared by the store and {@code --json}: snake_case keys,
 * undefined numbers as null, infinite tier bounds as null.
 */
public final class MeceJson {
    static final ObjectMapper MAPPER =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private MeceJson() {}

    public static ObjectNode summary(long runId, String source, MeceRun run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("run_id", runId);
        node.put("source", source);
        node.put("status", run.status());
        node.put("as_of", run.asOf().toString());
        node.set("universe", universe(run));
        node.set("thresholds", thresholds(run));
        node.set("fold", fold(run.fold()));
        node.set("proof", proof(run.proof()));
        node.set("segments", segments(run.segments()));
        return node;
    }

    static ObjectNode universe(MeceRun run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rows", run.universe().rows());
        node.put("universe", run.universe().universe());
        node.put("window_start", run.universe().windowStart().toString());
        node.put("window_end", run.universe().windowEnd().toString());
        node.put("window_days", run.config().windowDays());
        node.put("before_window", run.universe().beforeWindow());
        node.put("after_as_of", run.universe().afterAsOf());
        return node;
    }

    public static ArrayNode thresholds(MeceRun run) {
        ArrayNode array = MAPPER.createArrayNode();
        for (DimensionThresholds dimension : run.thresholds()) {
            ObjectNode node = array.addObject();
            node.put("dimension", dimension.dimension());
            node.put("source", dimension.source());
            if (dimension.roundDigits() == null) {
                node.putNull("round_digits");
            } else {
                node.put("round_digits", dimension.roundDigits());
            }
            node.put("non_missing", dimension.nonMissing());
            ArrayNode thresholds = node.putArray("thresholds");
            for (Threshold threshold : dimension.thresholds()) {
                ObjectNode t = thresholds.addObject();
                t.put("quantile", threshold.quantile());
                number(t, "raw", threshold.raw());
                number(t, "value", threshold.value());
            }
            ArrayNode tiers = node.putArray("tiers");
            for (ResolvedTier tier : dimension.tiers()) {
                ObjectNode t = tiers.addObject();
                t.put("tier", tier.name());
                number(t, "from_inclusive", tier.lower());
                number(t, "to_exclusive", tier.upper());
            }
            tiers.addObject().put("tier", "Other").put("when", "value missing");
        }
        return array;
    }

    public static ObjectNode fold(FoldReport fold) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("min_size", fold.minSize());
        node.put("min_size_source", fold.minSizeSource());
        node.put("max_size", fold.maxSize());
        node.put("max_size_source", fold.maxSizeSource());
        node.put("folded_users", fold.foldedUsers());
        ArrayNode folded = node.putArray("folded");
        for (FoldReport.FoldedBucket bucket : fold.folded()) {
            folded.addObject()
                    .put("combo", bucket.combo())
                    .put("rule", bucket.rule())
                    .put("size", bucket.size())
                    .put("reason", bucket.reason());
        }
        return node;
    }

    public static ObjectNode proof(MeceProof proof) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("passed", proof.passed());
        node.put("universe", proof.universe());
        node.put("assigned_exactly_once", proof.assignedExactlyOnce());
        node.put("unassigned", proof.unassigned());
        node.put("in_several_rules", proof.inSeveralRules());
        node.put("duplicate_user_ids", proof.duplicateUserIds());
        node.set("duplicate_examples", strings(proof.duplicateExamples()));
        node.put("sum_of_segment_sizes", proof.sumOfSegmentSizes());
        node.put("users_breaking_their_rule", proof.usersBreakingTheirRule());
        node.put("rules", proof.rules());
        node.put("overlapping_rule_pairs", proof.overlappingRulePairs());
        node.set("overlap_examples", strings(proof.overlapExamples()));
        node.put("tier_space_cells", proof.tierSpaceCells());
        node.put("cells_in_exactly_one_rule", proof.cellsInExactlyOneRule());
        node.set("tier_problems", strings(proof.tierProblems()));
        node.set("empty_combinations", strings(proof.emptyCombinations()));
        node.set("failures", strings(proof.failures()));
        return node;
    }

    public static ArrayNode segments(List<SegmentScore> segments) {
        ArrayNode array = MAPPER.createArrayNode();
        for (SegmentScore segment : segments) {
            ObjectNode node = array.addObject();
            node.put("rank", segment.rank());
            node.put("segment", segment.segment());
            node.put("rule", segment.rule());
            node.put("size", segment.size());
            number(node, "conversion_potential", segment.conversionPotential());
            Lift lift = segment.lift();
            number(node, "lift_vs_control", lift.value());
            node.put("lift_method", lift.method());
            number(node, "lift_ci_low", lift.ciLow());
            number(node, "lift_ci_high", lift.ciHigh());
            node.put("treated", lift.treated());
            node.put("treated_converted", lift.treatedConverted());
            node.put("control", lift.control());
            node.put("control_converted", lift.controlConverted());
            number(node, "size_share", segment.sizeShare());
            number(node, "profitability", segment.profitability());
            number(node, "strategic_fit", segment.strategicFit());
            number(node, "overall_score", segment.overallScore());
            node.put("valid", segment.valid());
        }
        return array;
    }

    /** The configuration as run: window, dimensions with their definitions, weights, size rules, lift model. */
    public static ObjectNode parameters(MeceRun run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("as_of", run.asOf().toString());
        node.put("window_days", run.config().windowDays());
        ArrayNode dimensions = node.putArray("dimensions");
        for (DimensionDefinition dimension : run.config().dimensions()) {
            ObjectNode d = dimensions.addObject();
            d.put("name", dimension.name());
            d.put("source", dimension.source().key());
            if (dimension.roundDigits() != null) {
                d.put("round_digits", dimension.roundDigits());
            }
            ArrayNode tiers = d.putArray("tiers");
            for (TierDefinition tier : dimension.tiers()) {
                tiers.addObject().put("name", tier.name()).put("interval", tier.interval());
            }
        }
        node.set("weights", MAPPER.valueToTree(run.config().weights()));
        node.set("size_rules", MAPPER.valueToTree(run.config().sizeRules()));
        node.set("lift_model", MAPPER.valueToTree(run.config().liftModel()));
        node.put("min_size", run.fold().minSize());
        node.put("max_size", run.fold().maxSize());
        return node;
    }

    static JsonNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
