package io.segbot.chat.intent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Multinomial naive Bayes over weighted feature counts with additive (Lidstone) smoothing
 * (McCallum and Nigam 1998, "A comparison of event models for naive Bayes text classification").
 * Class priors are uniform: the training file's class sizes reflect how it was written, not how
 * often marketers ask each thing. Immutable after construction, so thread-safe.
 */
final class NaiveBayes {
    private static final int CLASSES = Intent.values().length;

    private final Map<String, double[]> logLikelihood;
    private final boolean[] present;

    /** A model read back from {@link ModelFile}: the log-likelihoods and which intents had examples. */
    NaiveBayes(Map<String, double[]> logLikelihood, boolean[] present) {
        this.logLikelihood = Map.copyOf(logLikelihood);
        this.present = present.clone();
    }

    Map<String, double[]> logLikelihood() {
        return logLikelihood;
    }

    boolean[] present() {
        return present.clone();
    }

    NaiveBayes(List<Map<String, Double>> documents, List<Intent> labels, double alpha) {
        Objects.requireNonNull(documents, "documents");
        if (documents.size() != labels.size() || documents.isEmpty()) {
            throw new IllegalArgumentException("need one label per document and at least one document, got "
                    + documents.size() + " documents and " + labels.size() + " labels");
        }
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("smoothing alpha must be > 0, got " + alpha);
        }
        Map<String, double[]> counts = new HashMap<>();
        double[] totals = new double[CLASSES];
        present = new boolean[CLASSES];
        for (int d = 0; d < documents.size(); d++) {
            int c = labels.get(d).ordinal();
            present[c] = true;
            for (Map.Entry<String, Double> f : documents.get(d).entrySet()) {
                counts.computeIfAbsent(f.getKey(), k -> new double[CLASSES])[c] += f.getValue();
                totals[c] += f.getValue();
            }
        }
        int vocabulary = counts.size();
        logLikelihood = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, double[]> entry : counts.entrySet()) {
            double[] logs = new double[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                logs[c] = Math.log((entry.getValue()[c] + alpha) / (totals[c] + alpha * vocabulary));
            }
            logLikelihood.put(entry.getKey(), logs);
        }
    }

    /** Log joint score per intent ordinal (up to a constant); features never seen are ignored. */
    double[] logScores(Map<String, Double> document) {
        double[] scores = new double[CLASSES];
        for (Map.Entry<String, Double> f : document.entrySet()) {
            double[] logs = logLikelihood.get(f.getKey());
            if (logs != null) {
                for (int c = 0; c < CLASSES; c++) {
                    scores[c] += f.getValue() * logs[c];
                }
            }
        }
        for (int c = 0; c < CLASSES; c++) {
            if (!present[c]) {
                scores[c] = Double.NEGATIVE_INFINITY;
            }
        }
        return scores;
    }

    /** Softmax of {@code scores / temperature}: temperature scaling (Guo et al. 2017) for calibration. */
    static double[] posterior(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double[] p = new double[scores.length];
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp((scores[c] - max) / temperature);
            sum += p[c];
        }
        for (int c = 0; c < scores.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Words seen at least twice among the given token lists. */
    static Set<String> frequentWords(List<List<String>> tokenLists) {
        Map<String, Integer> counts = new HashMap<>();
        tokenLists.forEach(tokens -> tokens.forEach(t -> counts.merge(t, 1, Integer::sum)));
        Set<String> known = new HashSet<>();
        counts.forEach((word, n) -> {
            if (n >= 2) {
                known.add(word);
            }
        });
        return Set.copyOf(known);
    }
}
