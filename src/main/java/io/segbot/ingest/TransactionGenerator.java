package io.segbot.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic, seeded transactions file ({@code customer_id,order_id,order_date,amount}).
 *
 * <p>Each customer follows the BG/NBD story (Fader, Hardie &amp; Lee 2005): while active they buy
 * at their own rate λ ~ Gamma(shape 0.9, mean {@code yearlyRate}) per year, and after each purchase
 * drop out with probability p ~ Beta(1, b), b = 3 by default (mean 0.25). Purchases arrive as a Poisson process thinned by a
 * monthly seasonality (November and December peak; Lewis &amp; Shedler 1979 thinning). Spend has a
 * long tail: a customer's typical order is lognormal (median about $45, σ = 0.7) and each order
 * varies around it (σ = 0.3). First purchases are spread uniformly over the period. The same seed
 * and arguments give a byte-identical file.
 */
public final class TransactionGenerator {
    /** Relative demand by month, January first; thinning divides by the peak (1.6). */
    private static final double[] SEASON = {0.8, 0.75, 0.9, 0.95, 1.0, 0.95, 0.9, 0.95, 1.0, 1.1, 1.45, 1.6};

    private static final double PEAK = 1.6;

    /**
     * @param customers how many customers
     * @param start the first day of the period
     * @param days the length of the period
     * @param yearlyRate mean purchases per year of an active customer
     * @param dropoutB the b of the Beta(1, b) dropout probability; larger keeps customers longer
     */
    public record Spec(int customers, long seed, LocalDate start, int days, double yearlyRate, double dropoutB) {
        public Spec {
            if (customers < 1) {
                throw new IllegalArgumentException("--customers must be at least 1, got " + customers);
            }
            if (days < 1) {
                throw new IllegalArgumentException("the period must be at least one day, got " + days);
            }
            if (!(dropoutB > 0)) {
                throw new IllegalArgumentException("the dropout Beta(1, b) needs b > 0, got " + dropoutB);
            }
            if (!(yearlyRate > 0)) {
                throw new IllegalArgumentException("yearly purchase rate must be positive, got " + yearlyRate);
            }
        }

        /** Two years from 2023-01-01, about 4 orders per customer. */
        public static Spec sample(int customers, long seed) {
            return new Spec(customers, seed, LocalDate.of(2023, 1, 1), 730, 4.0, 3.0);
        }
    }

    private TransactionGenerator() {}

    /** Writes the file and returns the number of order rows. */
    public static long write(Spec spec, Appendable out) throws IOException {
        SplittableRandom random = new SplittableRandom(spec.seed());
        out.append("customer_id,order_id,order_date,amount\n");
        long orders = 0;
        StringBuilder line = new StringBuilder(64);
        for (int c = 0; c < spec.customers(); c++) {
            orders += customer(spec, c, random, out, line, orders);
        }
        return orders;
    }

    private static int customer(
            Spec spec, int index, SplittableRandom random, Appendable out, StringBuilder line, long orderBase)
            throws IOException {
        double ratePerDay = gamma(random, 0.9) / 0.9 * spec.yearlyRate() / 365.0;
        double dropout = beta(random, 1, spec.dropoutB());
        double typicalOrder = Math.exp(Math.log(45) + 0.7 * random.nextGaussian());
        String id = Integer.toString(10_000 + index);
        double t = random.nextDouble() * spec.days();
        int written = 0;
        while (t < spec.days()) {
            LocalDate day = spec.start().plusDays((long) t);
            double amount = Math.max(1, typicalOrder * Math.exp(0.3 * random.nextGaussian() - 0.045));
            line.setLength(0);
            line.append(id)
                    .append(",O")
                    .append(orderBase + written + 1)
                    .append(',')
                    .append(day)
                    .append(',')
                    .append(String.format(Locale.ROOT, "%.2f", amount))
                    .append('\n');
            out.append(line);
            written++;
            if (random.nextDouble() < dropout) {
                break;
            }
            t = nextArrival(t, ratePerDay, spec, random);
        }
        return written;
    }

    /** The next purchase time of a seasonally thinned Poisson process, or past the end. */
    private static double nextArrival(double t, double ratePerDay, Spec spec, SplittableRandom random) {
        if (ratePerDay <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double time = t;
        while (true) {
            time += -Math.log(1 - random.nextDouble()) / (ratePerDay * PEAK);
            if (time >= spec.days()) {
                return time;
            }
            int month = spec.start().plusDays((long) time).getMonthValue() - 1;
            if (random.nextDouble() * PEAK < SEASON[month]) {
                return time;
            }
        }
    }

    /** Gamma(shape, 1) by Marsaglia &amp; Tsang (2000), with the shape &lt; 1 boost. */
    static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(SplittableRandom random, double a, double b) {
        double x = gamma(random, a);
        return x / (x + gamma(random, b));
    }
}
