package io.segbot.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BfgsTest {
    /** Rosenbrock's function (a = 1, b = 100): minimum 0 at (1, 1), a curved valley that needs ~30 steps. */
    private static double rosenbrock(double[] p, double[] gradient, AtomicInteger calls) {
        calls.incrementAndGet();
        double x = p[0];
        double y = p[1];
        gradient[0] = -2 * (1 - x) - 400 * x * (y - x * x);
        gradient[1] = 200 * (y - x * x);
        return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
    }

    @Test
    void finds_the_minimum_of_rosenbrocks_valley() {
        AtomicInteger calls = new AtomicInteger();
        Bfgs.Outcome outcome = new Bfgs(1e-8, 1e-12, 500, 2.0, 10_000)
                .minimise((p, g) -> rosenbrock(p, g, calls), new double[] {-1.2, 1});
        assertThat(outcome.status()).isEqualTo(Bfgs.Status.CONVERGED);
        assertThat(outcome.point()[0]).isCloseTo(1, within(1e-6));
        assertThat(outcome.point()[1]).isCloseTo(1, within(1e-6));
        assertThat(outcome.value()).isCloseTo(0, within(1e-12));
    }

    @Test
    void stops_at_the_evaluation_cap_and_says_so() {
        AtomicInteger calls = new AtomicInteger();
        Bfgs.Outcome outcome =
                new Bfgs(1e-8, 1e-12, 500, 2.0, 12).minimise((p, g) -> rosenbrock(p, g, calls), new double[] {-1.2, 1});
        assertThat(outcome.status()).isEqualTo(Bfgs.Status.EVALUATION_CAP);
        assertThat(calls.get()).isEqualTo(12);
        // the point returned is the best accepted one, not the last trial: below the start's 24.2
        assertThat(outcome.value()).isLessThan(24.2);
    }

    @Test
    void stops_at_the_iteration_cap_and_says_so() {
        AtomicInteger calls = new AtomicInteger();
        Bfgs.Outcome outcome = new Bfgs(1e-8, 1e-12, 3, 2.0, 10_000)
                .minimise((p, g) -> rosenbrock(p, g, calls), new double[] {-1.2, 1});
        assertThat(outcome.status()).isEqualTo(Bfgs.Status.MAX_ITERATIONS);
        assertThat(outcome.iterations()).isEqualTo(3);
    }

    @Test
    void a_non_finite_start_is_reported_not_searched() {
        Bfgs.Outcome outcome = new Bfgs(1e-8, 1e-12, 100, 2.0, 100).minimise((p, g) -> Double.NaN, new double[] {0, 0});
        assertThat(outcome.status()).isEqualTo(Bfgs.Status.NON_FINITE);
        assertThat(outcome.iterations()).isZero();
    }
}
