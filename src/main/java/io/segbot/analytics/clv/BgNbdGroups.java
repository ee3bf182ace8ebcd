package io.segbot.analytics.clv;

import java.util.Arrays;

/**
 * Customers aggregated by identical (x, t_x, T), with the distinct values of each column. The BG/NBD
 * likelihood of a customer depends only on that triple, so each group contributes count × its
 * log-likelihood; with day-granular data a million customers shrink to a few hundred thousand groups,
 * and the logs of α + T and α + t_x are computed once per distinct value, not once per customer.
 */
final class BgNbdGroups {
    final int[] xValues;
    final double[] txValues;
    final double[] ageValues;
    final int[] groupX;
    final int[] groupTx;
    final int[] groupAge;
    final double[] count;
    final int customers;
    /** The group of each input customer, in input order. */
    final int[] groupOfCustomer;

    private BgNbdGroups(
            int[] xValues,
            double[] txValues,
            double[] ageValues,
            int[] gx,
            int[] gtx,
            int[] gage,
            double[] count,
            int[] groupOfCustomer) {
        this.xValues = xValues;
        this.txValues = txValues;
        this.ageValues = ageValues;
        this.groupX = gx;
        this.groupTx = gtx;
        this.groupAge = gage;
        this.count = count;
        this.customers = groupOfCustomer.length;
        this.groupOfCustomer = groupOfCustomer;
    }

    static BgNbdGroups of(int[] x, double[] tx, double[] age) {
        Distinct dx = Distinct.of(x);
        Distinct dtx = Distinct.of(tx);
        Distinct dage = Distinct.of(age);
        long nTx = dtx.values().length;
        long nAge = dage.values().length;
        // x · t_x · T index products fit a long for any realistic data (1e6 distinct values each);
        // refuse rather than silently collide keys.
        Math.multiplyExact(Math.multiplyExact((long) dx.values().length, nTx), nAge);
        long[] keys = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            keys[i] = (dx.index()[i] * nTx + dtx.index()[i]) * nAge + dage.index()[i];
        }
        long[] customerKeys = keys.clone();
        Arrays.parallelSort(keys);
        int groups = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                groups++;
            }
        }
        int[] gx = new int[groups];
        int[] gtx = new int[groups];
        int[] gage = new int[groups];
        double[] count = new double[groups];
        long[] groupKeys = new long[groups];
        int g = -1;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                g++;
                groupKeys[g] = keys[i];
                gage[g] = (int) (keys[i] % nAge);
                gtx[g] = (int) (keys[i] / nAge % nTx);
                gx[g] = (int) (keys[i] / nAge / nTx);
            }
            count[g]++;
        }
        int[] xValues = new int[dx.values().length];
        for (int i = 0; i < xValues.length; i++) {
            xValues[i] = (int) dx.values()[i];
        }
        int[] groupOfCustomer = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            groupOfCustomer[i] = Arrays.binarySearch(groupKeys, customerKeys[i]);
        }
        return new BgNbdGroups(xValues, dtx.values(), dage.values(), gx, gtx, gage, count, groupOfCustomer);
    }

    /**
     * Groups from distinct triples with their customer counts: the same groups, in the same order,
     * as {@link #of} on the customers they stand for. {@code groupOfCustomer} then maps each triple.
     */
    static BgNbdGroups ofCounts(int[] x, double[] tx, double[] age, double[] count) {
        BgNbdGroups distinct = of(x, tx, age);
        if (distinct.groups() != x.length) {
            throw new IllegalArgumentException("ofCounts needs each (x, t_x, T) once, got " + x.length + " rows for "
                    + distinct.groups() + " distinct triples");
        }
        double[] weights = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            weights[distinct.groupOfCustomer[i]] = count[i];
        }
        return new BgNbdGroups(
                distinct.xValues,
                distinct.txValues,
                distinct.ageValues,
                distinct.groupX,
                distinct.groupTx,
                distinct.groupAge,
                weights,
                distinct.groupOfCustomer);
    }

    int groups() {
        return count.length;
    }

    int x(int group) {
        return xValues[groupX[group]];
    }

    double tx(int group) {
        return txValues[groupTx[group]];
    }

    double age(int group) {
        return ageValues[groupAge[group]];
    }
}
