package io.segbot.chat.intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bag-of-features for one masked message: words, word bigrams with sentence boundaries, character
 * 3-grams of each word (typo robustness beyond the corrector), and a few shape features (length,
 * how many segments). Each group has its own weight, which multinomial naive Bayes reads as a
 * fractional count.
 */
final class Features {
    static final String UNKNOWN_WORD = "w:<unk>";

    /** Weights per feature group; {@code chars} 0 switches character n-grams off. */
    record Weights(double words, double bigrams, double chars, double shape, double concepts) {
        Weights {
            for (double w : new double[] {words, bigrams, chars, shape, concepts}) {
                if (!(w >= 0 && Double.isFinite(w))) {
                    throw new IllegalArgumentException("feature weights must be finite and >= 0, got " + w);
                }
            }
        }
    }

    private Features() {}

    /**
     * @param knownWords words seen at least twice in training; any other word also adds
     *     {@link #UNKNOWN_WORD}, so the model learns how often each intent uses rare words
     *     (off-topic messages are full of them)
     */
    static Map<String, Double> of(List<String> masked, Entities entities, Set<String> knownWords, Weights weights) {
        Map<String, Double> features = new LinkedHashMap<>();
        String previous = "<s>";
        for (String word : masked) {
            add(features, "w:" + word, weights.words());
            if (!knownWords.contains(word)) {
                add(features, UNKNOWN_WORD, weights.words());
            }
            add(features, "b:" + previous + "_" + word, weights.bigrams());
            String concept = Concepts.OF_WORD.get(word);
            if (concept != null) {
                add(features, "k:" + concept, weights.concepts());
            }
            if (weights.chars() > 0 && word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
                String padded = "#" + word + "#";
                for (int i = 0; i + 3 <= padded.length(); i++) {
                    add(features, "c:" + padded.substring(i, i + 3), weights.chars());
                }
            }
            previous = word;
        }
        add(features, "b:" + previous + "_</s>", weights.bigrams());
        add(features, "len:" + lengthBucket(masked.size()), weights.shape());
        add(features, "segs:" + Math.min(entities.segments().size(), 2), weights.shape());
        for (Metric metric : entities.metrics()) {
            add(features, "m:" + metric, weights.concepts());
        }
        return features;
    }

    private static String lengthBucket(int length) {
        if (length <= 1) {
            return "1";
        }
        if (length <= 3) {
            return "2-3";
        }
        return length <= 6 ? "4-6" : "7+";
    }

    private static void add(Map<String, Double> features, String feature, double weight) {
        if (weight > 0) {
            features.merge(feature, weight, Double::sum);
        }
    }
}
