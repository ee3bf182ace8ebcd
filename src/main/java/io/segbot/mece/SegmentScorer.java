package io.segbot.mece;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores final segments (the prototype's formulas, with lift measured or honestly estimated). */
final class SegmentScorer {
    private SegmentScorer() {}

    /** Names, rules and combos of the final segments, indexed like the assignments. */
    record Segments(List<String> names, List<String> rules, List<List<String>> combos, int[] sizes) {}

    /**
     * Scores every final segment, then ranks them by overall score (ties by name): the three steps
     * are the per-segment sums over the universe, one score per segment, and the ranking.
     */
    static List<SegmentScore> score(
            CartTable table, Universe universe, int[] segment, Segments segments, FoldReport fold, MeceConfig config) {
        Sums sums = Sums.of(table, universe, segment, segments.names().size());
        double universeConversion = sum(sums.conversionSum) / Math.max(1, sum(sums.conversionN));
        List<SegmentScore> scores = new ArrayList<>();
        for (int s = 0; s < sums.conversionSum.length; s++) {
            scores.add(scoreOne(s, sums, universeConversion, universe, segments, fold, config));
        }
        return ranked(scores);
    }

    /** Per segment: engagement-based conversion, profitability and campaign arms (treated, converted, control, converted). */
    private record Sums(
            double[] conversionSum, int[] conversionN, double[] profitSum, int[] profitN, int[][] campaign) {
        static Sums of(CartTable table, Universe universe, int[] segment, int count) {
            Sums sums =
                    new Sums(new double[count], new int[count], new double[count], new int[count], new int[count][4]);
            for (int user = 0; user < segment.length; user++) {
                if (segment[user] >= 0) {
                    sums.add(table, universe, user, segment[user]);
                }
            }
            return sums;
        }

        private void add(CartTable table, Universe universe, int user, int s) {
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
    }

    private static SegmentScore scoreOne(
            int s,
            Sums sums,
            double universeConversion,
            Universe universe,
            Segments segments,
            FoldReport fold,
            MeceConfig config) {
        double conversion = sums.conversionN[s] == 0 ? Double.NaN : sums.conversionSum[s] / sums.conversionN[s];
        double profit = sums.profitN[s] == 0 ? Double.NaN : sums.profitSum[s] / sums.profitN[s];
        Lift lift = lift(sums.campaign[s], conversion, universeConversion, config.liftModel());
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
        return new SegmentScore(
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
                valid);
    }

    /** Best overall score first, ties by segment name; ranks from 1. */
    private static List<SegmentScore> ranked(List<SegmentScore> scores) {
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
