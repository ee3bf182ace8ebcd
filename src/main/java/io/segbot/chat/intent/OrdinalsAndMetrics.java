package io.segbot.chat.intent;

import io.segbot.analytics.SegmentFamily;
import java.util.List;
import java.util.Set;

/**
 * The second half of entity extraction: top-N, segments picked by rank ("the biggest one"),
 * ranking direction, metric phrases and family words, over tokens not already used by ids or names.
 */
final class OrdinalsAndMetrics {
    private static final List<List<String>> METRIC_PHRASES = Lexicon.metricPhrasesLongestFirst();
    /** Words allowed between a superlative and the segment noun: "the best performing segment". */
    private static final Set<String> RANK_MODIFIERS = Set.of("performing", "value", "valued", "spending", "revenue");

    private OrdinalsAndMetrics() {}

    static void find(EntityExtractor.Scan scan) {
        for (int i = 0; i < scan.size(); i++) {
            String token = scan.tokens.get(i);
            if (scan.taken[i]) {
                continue;
            }
            Direction direction = Lexicon.DIRECTION_WORDS.get(token);
            if (direction != null) {
                if (scan.direction == null) {
                    scan.direction = direction;
                }
                if (!findTopN(scan, i)) {
                    findRank(scan, i, direction);
                }
            }
            SegmentFamily family = Lexicon.FAMILY_WORDS.get(token);
            if (family != null) {
                scan.families.add(family);
            }
        }
        findMetrics(scan);
    }

    /** "top 5", "bottom three", "5 best": a count after (or before) a ranking word. */
    private static boolean findTopN(EntityExtractor.Scan scan, int i) {
        for (int j : new int[] {i + 1, i - 1}) {
            if (j < 0 || j >= scan.size() || scan.taken[j]) {
                continue;
            }
            Integer n = count(scan.tokens.get(j));
            if (n != null && n >= 1 && n <= 100) {
                scan.topN = scan.topN == null ? n : scan.topN;
                scan.take(j, EntityExtractor.NUMBER);
                return true;
            }
        }
        return false;
    }

    private static Integer count(String token) {
        if (token.length() <= 3 && token.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(token);
        }
        return Lexicon.NUMBER_WORDS.get(token);
    }

    /** "the biggest one", "the second worst segment", "the top cluster", or a bare "the smallest". */
    private static void findRank(EntityExtractor.Scan scan, int i, Direction direction) {
        int noun = i + 1;
        Metric implied = Lexicon.SIZE_SUPERLATIVES.contains(scan.tokens.get(i)) ? Metric.CUSTOMERS : null;
        if (noun < scan.size() && RANK_MODIFIERS.contains(scan.tokens.get(noun))) {
            Metric modifier = Lexicon.METRIC_PHRASES.get(scan.tokens.get(noun));
            implied = modifier != null ? modifier : implied;
            noun++;
        }
        boolean pointsAtSegment = noun < scan.size()
                ? isSingularSegmentNoun(scan.tokens.get(noun))
                : i > 0 && scan.tokens.get(i - 1).equals("the");
        if (!pointsAtSegment
                || scan.tokens.get(i).equals("most")
                || scan.tokens.get(i).equals("least")) {
            return;
        }
        Integer ordinal = i > 0 ? Lexicon.ORDINALS.get(scan.tokens.get(i - 1)) : null;
        int from = ordinal != null ? i - 1 : i;
        int to = Math.min(noun + 1, scan.size());
        String mention = String.join(" ", scan.raw.subList(from, to));
        scan.addSegment(i, new SegmentRef.ByRank(ordinal != null ? ordinal : 1, direction, implied, mention));
    }

    private static boolean isSingularSegmentNoun(String token) {
        return Lexicon.SEGMENT_NOUNS.contains(token) && !token.endsWith("s");
    }

    private static void findMetrics(EntityExtractor.Scan scan) {
        for (int i = 0; i < scan.size(); i++) {
            for (List<String> phrase : METRIC_PHRASES) {
                if (matches(scan, i, phrase)) {
                    scan.metrics.add(Lexicon.METRIC_PHRASES.get(String.join(" ", phrase)));
                    i += phrase.size() - 1;
                    break;
                }
            }
        }
    }

    private static boolean matches(EntityExtractor.Scan scan, int start, List<String> phrase) {
        if (start + phrase.size() > scan.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (scan.taken[start + k] || !scan.tokens.get(start + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
