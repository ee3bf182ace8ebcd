package io.segbot.mece;

import java.time.LocalDate;

/**
 * Who was in a run: cart_abandoned_date within [windowStart, windowEnd], both inclusive, where
 * windowEnd is the as-of date and windowStart = asOf − (windowDays − 1). Rows outside are counted.
 *
 * @param rows rows in the input
 * @param universe rows in the window
 * @param beforeWindow rows abandoned before windowStart
 * @param afterAsOf rows abandoned after the as-of date (possible only when running an older as-of
 *     over a dataset imported later; an import refuses them)
 */
public record UniverseSummary(
        int rows, int universe, int beforeWindow, int afterAsOf, LocalDate windowStart, LocalDate windowEnd) {}
