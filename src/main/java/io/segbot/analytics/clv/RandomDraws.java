package io.segbot.analytics.clv;

import java.util.SplittableRandom;

/** Gamma and beta variates from a seeded {@link SplittableRandom}. */
final class RandomDraws {
    private RandomDraws() {}

    /**
     * Gamma(shape, rate 1) by Marsaglia &amp; Tsang (2000), "A simple method for generating gamma
     * variables"; for shape &lt; 1 the boost Gamma(shape + 1) · U^(1/shape).
     */
    static double gamma(double shape, SplittableRandom random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(uniformOpen(random), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(uniformOpen(random)) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(double a, double b, SplittableRandom random) {
        double x = gamma(a, random);
        return x / (x + gamma(b, random));
    }

    /** Uniform on (0, 1): never 0, so logs and powers stay finite. */
    static double uniformOpen(SplittableRandom random) {
        double u;
        do {
            u = random.nextDouble();
        } while (u == 0);
        return u;
    }
}
