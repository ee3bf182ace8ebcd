package io.segbot.mece;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tier: the half-open interval [from, to) of a dimension's values. A null {@code from} means −∞, a
 * null {@code to} means +∞. Whether a dimension's tiers partition the line is not checked here but
 * by the MECE proof, so that an overlapping configuration is caught and reported there.
 *
 * @param name letters and digits, starting with a letter (no underscore: it separates tiers in
 *     bucket combos); {@code Other} is reserved for missing values
 */
public record TierDefinition(String name, TierBound from, TierBound to) {
    static final String OTHER = "Other";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    public TierDefinition {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "tier name must be letters and digits starting with a letter, got '" + name + "'");
        }
        if (name.equalsIgnoreCase(OTHER)) {
            throw new IllegalArgumentException("tier name 'Other' is reserved for missing values");
        }
    }

    /** Describes the interval, e.g. {@code [q0.4, q0.8)}. */
    public String interval() {
        return "[" + (from == null ? "-inf" : from) + ", " + (to == null ? "+inf" : to) + ")";
    }
}
