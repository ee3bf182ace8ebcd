package io.segbot.analytics.clv;

/** Small numerically careful helpers. */
final class LogMath {
    private LogMath() {}

    /** log(e^u + e^v) without overflow or needless underflow. */
    static double logSumExp(double u, double v) {
        return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
    }
}
