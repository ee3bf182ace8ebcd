package io.segbot.analytics.clv;

/**
 * When the probabilistic models are worth fitting. Defaults, and why:
 *
 * <ul>
 *   <li>≥ 100 customers with a repeat purchase: BG/NBD learns purchase rates and dropout only from
 *       repeat buyers; below ~100, the four parameters' standard errors are of the size of the
 *       parameters (CDNOW's 2,357 customers / 946 repeat buyers give errors of 5–15 %);
 *   <li>≥ 90 days of history (first purchase of the oldest customer to the end of calibration): a
 *       quarter is the shortest window in which dropout becomes visible for typical retail cadences;
 *   <li>history ≥ 3 typical purchase cycles (median t_x / x over repeat buyers): with fewer, a quiet
 *       customer cannot be told from one between purchases, so P(alive) means little.
 * </ul>
 */
public record GateRules(int minRepeatBuyers, int minHistoryDays, double minCycles) {
    public static final GateRules DEFAULT = new GateRules(100, 90, 3);

    public GateRules {
        if (minRepeatBuyers < 1 || minHistoryDays < 1 || !(minCycles > 0)) {
            throw new IllegalArgumentException("gate thresholds must be positive, got repeat buyers=" + minRepeatBuyers
                    + ", history days=" + minHistoryDays + ", cycles=" + minCycles);
        }
    }
}
