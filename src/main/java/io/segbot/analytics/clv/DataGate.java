package io.segbot.analytics.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether data suffice for BG/NBD + Gamma-Gamma and, when they do not, says what is missing
 * in words a marketer can act on (the caller then keeps the rule-based churn and CLV).
 */
public final class DataGate {
    /**
     * @param passed whether the models may be fitted
     * @param reason what is missing (empty when passed)
     * @param repeatBuyers customers with x &gt; 0
     * @param historyDays days from the oldest first purchase to the end of calibration
     * @param medianCycleDays median days between purchases among repeat buyers (NaN if none)
     */
    public record Decision(
            boolean passed, String reason, int repeatBuyers, double historyDays, double medianCycleDays) {}

    private DataGate() {}

    public static Decision check(RfmSummaries summaries, GateRules rules) {
        int days = summaries.unit().days();
        int repeatBuyers = summaries.repeatBuyers();
        double history = 0;
        double[] cycles = new double[repeatBuyers];
        int k = 0;
        for (int i = 0; i < summaries.size(); i++) {
            history = Math.max(history, summaries.age()[i] * days);
            if (summaries.x()[i] > 0) {
                cycles[k++] = summaries.tx()[i] * days / summaries.x()[i];
            }
        }
        return decide(repeatBuyers, history, median(cycles), rules);
    }

    /**
     * The gate from its three figures: repeat buyers, the history in days (the oldest customer's T)
     * and the median purchase cycle in days (median t_x / x of repeat buyers, NaN when none), for an
     * engine that computes them where the data lives (segbot-spark).
     */
    public static Decision decide(int repeatBuyers, double history, double medianCycle, GateRules rules) {
        List<String> missing = new ArrayList<>();
        if (repeatBuyers < rules.minRepeatBuyers()) {
            missing.add(String.format(
                    Locale.ROOT,
                    "%d %s with repeat purchases; the model needs at least %d to learn how often customers buy"
                            + " and when they stop",
                    repeatBuyers,
                    repeatBuyers == 1 ? "customer" : "customers",
                    rules.minRepeatBuyers()));
        }
        if (history < rules.minHistoryDays()) {
            missing.add(String.format(
                    Locale.ROOT,
                    "the history covers %.0f days; the model needs at least %d",
                    history,
                    rules.minHistoryDays()));
        } else if (!Double.isNaN(medianCycle) && history < rules.minCycles() * medianCycle) {
            missing.add(String.format(
                    Locale.ROOT,
                    "the history covers %.0f days but customers typically buy every %.0f days; the model needs"
                            + " at least %.0f purchase cycles (%.0f days) to tell a lapsed customer from a"
                            + " quiet one",
                    history,
                    medianCycle,
                    rules.minCycles(),
                    rules.minCycles() * medianCycle));
        }
        String reason = missing.isEmpty() ? "" : String.join("; ", missing) + ". Keeping the rule-based churn and CLV.";
        return new Decision(missing.isEmpty(), capitalise(reason), repeatBuyers, history, medianCycle);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
