package io.segbot.mece;

import java.util.SplittableRandom;

/**
 * Random variates built from {@link SplittableRandom#nextDouble()} alone, with the textbook
 * algorithms written out so that a seed gives the same numbers on every JDK (the JDK's own
 * {@code nextGaussian} is not specified across versions). Reference: L. Devroye, Non-Uniform Random
 * Variate Generation (1986).
 */
final class Draws {
    private Draws() {}

    /** Standard normal by Marsaglia's polar method (Devroye V.4.4); the second variate is dropped. */
    static double standardNormal(SplittableRandom random) {
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }

    /** Poisson(λ) by Knuth's product of uniforms; fine for the small λ (8) of session counts. */
    static int poisson(SplittableRandom random, double lambda) {
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Gamma(k, 1) for integer k (Erlang): minus the log of a product of k uniforms in (0, 1]. */
    static double erlang(SplittableRandom random, int shape) {
        double product = 1;
        for (int i = 0; i < shape; i++) {
            product *= 1 - random.nextDouble();
        }
        return -Math.log(product);
    }

    /** Beta(a, b) for integer shapes as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) (Devroye IX.4). */
    static double beta(SplittableRandom random, int a, int b) {
        double x = erlang(random, a);
        double y = erlang(random, b);
        return x / (x + y);
    }

    /** Index i with probability weights[i] (weights sum to 1; the last index takes any rounding slack). */
    static int categorical(SplittableRandom random, double[] cumulative) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    static double[] cumulative(double... weights) {
        double[] sums = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sums[i] = sum;
        }
        return sums;
    }
}
