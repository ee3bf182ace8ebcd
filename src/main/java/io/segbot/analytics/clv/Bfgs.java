package io.segbot.analytics.clv;

/**
 * Quasi-Newton minimiser (BFGS with the inverse-Hessian update and a backtracking Armijo line search,
 * Nocedal &amp; Wright 2006, Algorithm 6.1) for small smooth problems with analytic gradients. It
 * never returns a point silently: the outcome says whether the gradient test passed, the iteration
 * cap was hit, the objective turned non-finite, or the line search could not make progress.
 */
final class Bfgs {
    /** f(point), filling gradient; may return NaN or +∞ where undefined (the line search backs off). */
    interface Objective {
        double value(double[] point, double[] gradient);
    }

    enum Status {
        CONVERGED,
        MAX_ITERATIONS,
        NON_FINITE,
        LINE_SEARCH_FAILED,
        EVALUATION_CAP
    }

    record Outcome(double[] point, double value, double gradientNorm, int iterations, Status status) {}

    private final double gradientTolerance;
    private final double noiseFloor;
    private final int maxIterations;
    private final double maxStep;
    private final int maxEvaluations;

    /** Halvings per line search: 2^-30 of the first step is below any useful move in log-parameters. */
    private static final int LINE_SEARCH_TRIES = 30;

    /**
     * @param gradientTolerance converged when max |∂f/∂θ_i| falls below this
     * @param noiseFloor if the line search stalls with the gradient below this, accept the point: the
     *     objective is then flat to rounding error
     * @param maxIterations cap on iterations
     * @param maxStep largest change of any coordinate in one step (log-parameters: 2 is a factor e²)
     * @param maxEvaluations cap on objective evaluations, line searches included
     */
    Bfgs(double gradientTolerance, double noiseFloor, int maxIterations, double maxStep, int maxEvaluations) {
        this.gradientTolerance = gradientTolerance;
        this.noiseFloor = noiseFloor;
        this.maxIterations = maxIterations;
        this.maxStep = maxStep;
        this.maxEvaluations = maxEvaluations;
    }

    Outcome minimise(Objective f, double[] start) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.value(x, g);
        int evaluations = 1;
        if (!Double.isFinite(fx) || !allFinite(g)) {
            return new Outcome(x, fx, Double.NaN, 0, Status.NON_FINITE);
        }
        double[][] h = identity(n);
        boolean fresh = true;
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int iter = 0; iter < maxIterations; iter++) {
            double gNorm = maxAbs(g);
            if (gNorm < gradientTolerance) {
                return new Outcome(x, fx, gNorm, iter, Status.CONVERGED);
            }
            double[] d = times(h, g, -1);
            if (dot(d, g) >= 0) {
                h = identity(n);
                fresh = true;
                d = times(h, g, -1);
            }
            double step = Math.min(1.0, maxStep / maxAbs(d));
            double slope = dot(d, g);
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int tries = 0; tries < LINE_SEARCH_TRIES && !accepted; tries++, step *= 0.5) {
                if (evaluations == maxEvaluations) {
                    return new Outcome(x, fx, gNorm, iter, Status.EVALUATION_CAP);
                }
                for (int i = 0; i < n; i++) {
                    xNew[i] = x[i] + step * d[i];
                }
                fNew = f.value(xNew, gNew);
                evaluations++;
                accepted = Double.isFinite(fNew) && allFinite(gNew) && fNew <= fx + 1e-4 * step * slope;
            }
            if (!accepted) {
                if (gNorm < noiseFloor) {
                    return new Outcome(x, fx, gNorm, iter, Status.CONVERGED);
                }
                if (!fresh) {
                    h = identity(n);
                    fresh = true;
                    continue;
                }
                return new Outcome(x, fx, gNorm, iter, Status.LINE_SEARCH_FAILED);
            }
            h = update(h, difference(xNew, x), difference(gNew, g), fresh);
            fresh = false;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
        }
        double gNorm = maxAbs(g);
        return new Outcome(
                x, fx, gNorm, maxIterations, gNorm < gradientTolerance ? Status.CONVERGED : Status.MAX_ITERATIONS);
    }

    /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ; skipped when the curvature condition sᵀy > 0 fails. */
    private static double[][] update(double[][] h, double[] s, double[] y, boolean fresh) {
        double sy = dot(s, y);
        if (!(sy > 1e-300)) {
            return h;
        }
        int n = s.length;
        if (fresh) {
            // Scale the first inverse-Hessian guess (Nocedal & Wright eq. 6.20).
            double scale = sy / dot(y, y);
            h = identity(n);
            for (int i = 0; i < n; i++) {
                h[i][i] = scale;
            }
        }
        double rho = 1 / sy;
        double[] hy = times(h, y, 1);
        double yhy = dot(y, hy);
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out[i][j] = h[i][j] - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
            }
        }
        return out;
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    private static double[] times(double[][] m, double[] v, double sign) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                out[i] += sign * m[i][j] * v[j];
            }
        }
        return out;
    }

    private static double[] difference(double[] u, double[] v) {
        double[] out = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            out[i] = u[i] - v[i];
        }
        return out;
    }

    private static double dot(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += u[i] * v[i];
        }
        return sum;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static boolean allFinite(double[] v) {
        for (double value : v) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
