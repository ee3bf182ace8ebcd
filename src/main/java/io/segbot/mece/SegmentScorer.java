package io.segbot.mece;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores final segments (the prototype's formulas, with lift measured or honestly estimated). */
final class SegmentScorer {
    private SegmentScorer() {}

    /** Names, rules and combos of the final segments, indexed like the assignments. */
    record Segments(List<String> names, List<String> rules, List<List<String>> combos, int[] sizes) {}

    static List<SegmentScore> score(
            CartTable table, Universe universe, int[] segment, Segments segments, FoldReport fold, MeceConfig config) {
        int count = segments.names().size();
        double[] conversionSum = new double[count];
        int[] conversionN = new int[count];
        double[] profitSum = new double[count];
        int[] profitN = new int[count];
        int[][] campaign = new int[count][4];
        for (int user = 0; user < segment.length; user++) {
            int s = segment[user];
            if (s < 0) {
                continue;
            }
            int row = universe.rows[user];
            double engagement = table.engagement[row];
            if (!Double.isNaN(engagement)) {
                conversionSum[s] += engagement / (universe.daysSinceAbandonment(user) + 1);
                conversionN[s]++;
            }
            double profit = table.profitability[row];
            if (!Double.isNaN(profit)) {
                profitSum[s] += profit;
                profitN[s]++;
            }
            if (table.group[row] != CartTable.UNKNOWN && table.converted[row] != CartTable.UNKNOWN) {
                int arm = table.group[row] == CartTable.TREATMENT ? 0 : 2;
                campaign[s][arm]++;
                campaign[s][arm + 1] += table.converted[row];
            }
        }
        double universeConversion = sum(conversionSum) / Math.max(1, sum(conversionN));
        List<SegmentScore> scores = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            double conversion = conversionN[s] == 0 ? Double.NaN : conversionSum[s] / conversionN[s];
            double profit = profitN[s] == 0 ? Double.NaN : profitSum[s] / profitN[s];
            Lift lift = lift(campaign[s], conversion, universeConversion, config.liftModel());
            int size = segments.sizes()[s];
            double share = universe.size() == 0 ? Double.NaN : (double) size / universe.size();
            double strategic = (conversion + profit) / 2;
            double overall = config.weights()
                    .overall(
                            zeroIfNaN(conversion),
                            zeroIfNaN(lift.value()),
                            zeroIfNaN(share),
                            zeroIfNaN(profit),
                            zeroIfNaN(strategic));
            boolean valid = size >= fold.minSize()
                    && size <= fold.maxSize()
                    && Double.isFinite(strategic)
                    && Double.isFinite(lift.value());
            scores.add(new SegmentScore(
                    0,
                    segments.names().get(s),
                    segments.rules().get(s),
                    segments.combos().get(s),
                    size,
                    conversion,
                    lift,
                    share,
                    profit,
                    strategic,
                    overall,
                    valid));
        }
        scores.sort(Comparator.comparingDouble(SegmentScore::overallScore)
                .reversed()
                .thenComparing(SegmentScore::segment));
        List<SegmentScore> ranked = new ArrayList<>();
        for (SegmentScore score : scores) {
            ranked.add(new SegmentScore(
                    ranked.size() + 1,
                    score.segment(),
                    score.rule(),
                    score.combos(),
                    score.size(),
                    score.conversionPotential(),
                    score.lift(),
                    score.sizeShare(),
                    score.profitability(),
                    score.strategicFit(),
                    score.overallScore(),
                    score.valid()));
        }
        return ranked;
    }

    /** Measured when both arms have users with a known outcome; otherwise the documented estimate. */
    private static Lift lift(int[] arms, double conversion, double universeConversion, LiftModel model) {
        if (arms[0] > 0 && arms[2] > 0) {
            return Lift.measured(arms[0], arms[1], arms[2], arms[3]);
        }
        return Lift.estimated(model.estimate(conversion, universeConversion), arms[0], arms[1], arms[2], arms[3]);
    }

    private static double zeroIfNaN(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }
}
