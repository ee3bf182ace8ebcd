package io.segbot.analytics.clv;

/**
 * What BG/NBD and Pareto/NBD both need before a fit: the total of repeat purchases x and of ages T.
 * With no repeat purchase at all, neither model can learn a purchase rate or a dropout process, and
 * the fit fails in words before the optimiser starts.
 *
 * @param customers the number of customers
 * @param sumX total repeat purchases
 * @param sumAge total age (T) in the summaries' unit
 */
record RepeatPurchases(int customers, double sumX, double sumAge) {
    static RepeatPurchases of(int[] x, double[] age) {
        double sumX = 0;
        double sumAge = 0;
        for (int i = 0; i < x.length; i++) {
            sumX += x[i];
            sumAge += age[i];
        }
        return new RepeatPurchases(x.length, sumX, sumAge);
    }

    /** As {@link #of} for distinct (x, T) rows standing for {@code count} customers each. */
    static RepeatPurchases ofGroups(int[] x, double[] age, double[] count) {
        double customers = 0;
        double sumX = 0;
        double sumAge = 0;
        for (int i = 0; i < x.length; i++) {
            customers += count[i];
            sumX += count[i] * x[i];
            sumAge += count[i] * age[i];
        }
        return new RepeatPurchases(Math.toIntExact((long) customers), sumX, sumAge);
    }

    /** The mean age per repeat purchase: the scale of the purchase (and dropout) rates' starting points. */
    double agePerPurchase() {
        return sumAge / Math.max(sumX, 1);
    }

    /** The failed fit when nobody bought again (or there is nobody), else null. */
    <P> ModelFit.Failed<P> nothingToLearn() {
        if (customers == 0) {
            return new ModelFit.Failed<>("there are no customers to fit", 0, 0);
        }
        if (sumX == 0) {
            return new ModelFit.Failed<>(
                    "none of the " + customers + " customers bought again, so there is nothing to learn about"
                            + " purchase rates or dropout",
                    customers,
                    0);
        }
        return null;
    }
}
