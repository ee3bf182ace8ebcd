package io.segbot.naming;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The judge computed by rules: the five criteria scored 0..10 from the name's words and the
 * vocabularies, weighted as configured; ties go to the earlier juror. Deterministic.
 */
final class RubricJudge implements Judge {
    private static final Set<String> FILLER =
            Set.of("segment", "group", "cluster", "customers", "users", "bucket", "cohort");

    private final Lexicon lexicon;
    private final JudgeSpec spec;

    RubricJudge(Lexicon lexicon, JudgeSpec spec) {
        this.lexicon = lexicon;
        this.spec = spec;
    }

    @Override
    public JudgeScores judge(SegmentToName segment, List<Proposal> valid, long seed) {
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        String pick = null;
        double best = -1;
        for (Proposal proposal : valid) {
            Map<String, Integer> score = score(segment, proposal);
            scores.put(proposal.persona(), score);
            double total = spec.weighted(score);
            if (total > best + 1e-9) {
                best = total;
                pick = proposal.persona();
            }
        }
        String reason = String.format(Locale.ROOT, "highest weighted rubric score, %.2f of 10", best);
        return JudgeScores.of("rubric", scores, spec, pick, reason);
    }

    Map<String, Integer> score(SegmentToName segment, Proposal proposal) {
        String name = proposal.segmentName();
        List<String> words = NameFormat.split(name).stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
        List<Map.Entry<String, String>> dimensions =
                new ArrayList<>(segment.tiers().entrySet());
        dimensions = dimensions.subList(0, Math.min(dimensions.size(), NameFormat.MAX_WORDS));
        Map<String, Integer> score = new LinkedHashMap<>();
        score.put(Criterion.MECE, mece(words, dimensions));
        score.put(Criterion.CLARITY, clarity(name, words));
        score.put(Criterion.STRUCTURE, structure(words, dimensions));
        score.put(Criterion.PRECISION, proposal.rule().equals(segment.rule()) ? 10 : 0);
        score.put(Criterion.MEMORABILITY, memorability(name, words.size()));
        return score;
    }

    /** Share of the rule's tiers the name states, with no word stating another tier of the same dimension. */
    private int mece(List<String> words, List<Map.Entry<String, String>> dimensions) {
        if (dimensions.isEmpty()) {
            return 10;
        }
        int covered = 0;
        for (Map.Entry<String, String> dimension : dimensions) {
            Set<String> acceptable = lexicon.acceptable(dimension.getKey(), dimension.getValue());
            Set<String> contradicting = lexicon.contradicting(dimension.getKey(), dimension.getValue());
            boolean states = words.stream().anyMatch(acceptable::contains);
            boolean contradicts = words.stream().anyMatch(contradicting::contains);
            covered += states && !contradicts ? 1 : 0;
        }
        return Math.round(10f * covered / dimensions.size());
    }

    /** Plain words: penalties for filler words, very long words, long names and hyphen-heavy names. */
    private static int clarity(String name, List<String> words) {
        int score = 10;
        long parts = 0;
        for (String word : words) {
            score -= FILLER.contains(word) ? 1 : 0;
            score -= word.length() > 14 ? 1 : 0;
            parts += word.split("-").length;
        }
        score -= name.length() > 32 ? 2 : 0;
        score -= parts > words.size() + 2 ? 1 : 0;
        return Math.max(0, score);
    }

    /** One word per dimension, in the rule's order (the prototype's Tier_Attribute_Quality). */
    private int structure(List<String> words, List<Map.Entry<String, String>> dimensions) {
        if (dimensions.isEmpty()) {
            return 10;
        }
        int inPlace = 0;
        for (int k = 0; k < Math.min(words.size(), dimensions.size()); k++) {
            Map.Entry<String, String> dimension = dimensions.get(k);
            inPlace +=
                    lexicon.acceptable(dimension.getKey(), dimension.getValue()).contains(words.get(k)) ? 1 : 0;
        }
        int score = Math.round(10f * inPlace / dimensions.size()) - 2 * Math.abs(words.size() - dimensions.size());
        return Math.max(0, score);
    }

    /** 10 up to 16 characters, one point less per 4 more, one less per word beyond three; at least 2. */
    private static int memorability(String name, int words) {
        int score = 10 - (Math.max(0, name.length() - 16) + 3) / 4 - Math.max(0, words - 3);
        return Math.max(2, Math.min(10, score));
    }
}
