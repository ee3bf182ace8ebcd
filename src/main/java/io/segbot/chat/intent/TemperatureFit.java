package io.segbot.chat.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Picks the softmax temperature that minimises held-out negative log-likelihood (temperature
 * scaling, Guo et al. 2017, "On calibration of modern neural networks"). Naive Bayes multiplies
 * correlated feature likelihoods as if independent, so its raw posteriors are far too sure; a
 * temperature above 1 spreads them back out. Folds are fixed (index mod 5): deterministic.
 */
final class TemperatureFit {
    private static final int FOLDS = 5;
    private static final double[] GRID = {1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32};

    private TemperatureFit() {}

    static double crossValidated(List<Map<String, Double>> documents, List<Intent> labels, double alpha) {
        List<double[]> heldOutScores = new ArrayList<>();
        List<Intent> heldOutLabels = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Map<String, Double>> trainDocs = new ArrayList<>();
            List<Intent> trainLabels = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (i % FOLDS != fold) {
                    trainDocs.add(documents.get(i));
                    trainLabels.add(labels.get(i));
                }
            }
            NaiveBayes model = new NaiveBayes(trainDocs, trainLabels, alpha);
            for (int i = fold; i < documents.size(); i += FOLDS) {
                heldOutScores.add(model.logScores(documents.get(i)));
                heldOutLabels.add(labels.get(i));
            }
        }
        double best = GRID[0];
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double t : GRID) {
            double loss = 0;
            for (int i = 0; i < heldOutScores.size(); i++) {
                double p = NaiveBayes.posterior(heldOutScores.get(i), t)[
                        heldOutLabels.get(i).ordinal()];
                loss -= Math.log(Math.max(p, 1e-12));
            }
            if (loss < bestLoss) {
                best = t;
                bestLoss = loss;
            }
        }
        return best;
    }
}
