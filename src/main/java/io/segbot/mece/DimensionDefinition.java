package io.segbot.mece;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A segmentation dimension: a source, its tiers and how quantile thresholds are rounded.
 *
 * @param name letters, digits and underscores, starting with a letter; the output column is {@code
 *     lower(name) + "_tier"}
 * @param roundDigits rounding of quantile thresholds as Python's {@code round(x, ndigits)}: 2 → to
 *     0.01, −2 → to the nearest 100; null → not rounded
 * @param tiers at least one, names unique
 */
public record DimensionDefinition(String name, Source source, Integer roundDigits, List<TierDefinition> tiers) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public DimensionDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        tiers = List.copyOf(tiers);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "dimension name must be letters, digits and '_' starting with a" + " letter, got '" + name + "'");
        }
        if (roundDigits != null && (roundDigits < -9 || roundDigits > 9)) {
            throw new IllegalArgumentException("round_digits must be within [-9, 9], got " + roundDigits);
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("dimension '" + name + "' needs at least one tier");
        }
        Set<String> seen = new HashSet<>();
        for (TierDefinition tier : tiers) {
            if (!seen.add(tier.name())) {
                throw new IllegalArgumentException("dimension '" + name + "' has tier '" + tier.name() + "' twice");
            }
        }
    }

    /** The output column, e.g. {@code aov_tier}. */
    public String column() {
        return name.toLowerCase(Locale.ROOT) + "_tier";
    }

    /** Tiers plus the implicit {@code Other}. */
    public int tierCount() {
        return tiers.size() + 1;
    }

    /** Name of tier {@code index}; the last index is {@code Other}. */
    public String tierName(int index) {
        return index == tiers.size() ? TierDefinition.OTHER : tiers.get(index).name();
    }
}
