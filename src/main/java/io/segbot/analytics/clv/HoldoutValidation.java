package io.segbot.analytics.clv;

import io.segbot.analytics.Purchase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration/holdout check of Fader, Hardie &amp; Lee (2005, Figure 4): for the customers of
 * the calibration period, repeat purchases actually made in the holdout (distinct days in
 * (calibration end, holdout end]) against E[Y(t) | x, t_x, T] with t the holdout length, in total and
 * by calibration frequency x = 0, 1, …, 6, 7+.
 *
 * @param groups one row per frequency group, in order
 * @param customers customers compared
 * @param actualTotal holdout repeat purchases made
 * @param predictedTotal holdout repeat purchases predicted
 * @param meanAbsoluteError mean over customers of |predicted − actual|
 */
public record HoldoutValidation(
        List<Group> groups, int customers, double actualTotal, double predictedTotal, double meanAbsoluteError) {
    public static final int TOP_GROUP = 7;

    /** Customers with calibration frequency {@code label}, and their holdout purchases summed. */
    public record Group(String label, int customers, double actual, double predicted) {
        public double meanActual() {
            return customers == 0 ? Double.NaN : actual / customers;
        }

        public double meanPredicted() {
            return customers == 0 ? Double.NaN : predicted / customers;
        }
    }

    /** (predicted − actual) / actual in per cent. */
    public double percentError() {
        return 100 * (predictedTotal - actualTotal) / actualTotal;
    }

    /**
     * @param calibration summaries built with the same calibration end (their unit is the model's)
     */
    public static HoldoutValidation of(
            List<Purchase> purchases,
            RfmSummaries calibration,
            LocalDate calibrationEnd,
            LocalDate holdoutEnd,
            BgNbdModel model) {
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException(
                    "holdout end " + holdoutEnd + " must be after calibration end " + calibrationEnd);
        }
        int[] actual = holdoutPurchaseDays(purchases, calibration, calibrationEnd, holdoutEnd);
        double t = calibration.unit().fromDays(holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay());
        int[] count = new int[TOP_GROUP + 1];
        double[] actualSum = new double[TOP_GROUP + 1];
        double[] predictedSum = new double[TOP_GROUP + 1];
        double absoluteError = 0;
        for (int i = 0; i < calibration.size(); i++) {
            int x = calibration.x()[i];
            double predicted = model.expectedPurchases(
                    t, x, calibration.tx()[i], calibration.age()[i]);
            int g = Math.min(x, TOP_GROUP);
            count[g]++;
            actualSum[g] += actual[i];
            predictedSum[g] += predicted;
            absoluteError += Math.abs(predicted - actual[i]);
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g <= TOP_GROUP; g++) {
            groups.add(new Group(
                    g == TOP_GROUP ? TOP_GROUP + "+" : Integer.toString(g), count[g], actualSum[g], predictedSum[g]));
        }
        int n = calibration.size();
        return new HoldoutValidation(
                List.copyOf(groups),
                n,
                Arrays.stream(actualSum).sum(),
                Arrays.stream(predictedSum).sum(),
                n == 0 ? Double.NaN : absoluteError / n);
    }

    /** Distinct purchase days per calibration customer in (calibrationEnd, holdoutEnd]. */
    private static int[] holdoutPurchaseDays(
            List<Purchase> purchases, RfmSummaries calibration, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < calibration.size(); i++) {
            index.put(calibration.customerIds()[i], i);
        }
        long from = calibrationEnd.toEpochDay();
        long to = holdoutEnd.toEpochDay();
        long[] keys = new long[purchases.size()];
        int k = 0;
        for (Purchase purchase : purchases) {
            long day = purchase.date().toEpochDay();
            Integer customer = index.get(purchase.customerId());
            if (customer != null && day > from && day <= to) {
                keys[k++] = (long) customer << 32 | (day - from);
            }
        }
        Arrays.sort(keys, 0, k);
        int[] days = new int[calibration.size()];
        for (int i = 0; i < k; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                days[(int) (keys[i] >>> 32)]++;
            }
        }
        return days;
    }
}
