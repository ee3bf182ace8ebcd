package io.segbot.mece;

/**
 * A threshold resolved for one run: the quantile level, the type-7 quantile of the universe's
 * non-missing values, and the value actually compared against after rounding. NaN when the
 * dimension has no values.
 */
public record Threshold(double quantile, double raw, double value) {}
