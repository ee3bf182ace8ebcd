package io.segbot.mece;

import java.util.List;

/**
 * All tier combinations of a configuration, the implicit {@code Other} tier included, numbered in
 * mixed radix: combination c has tier (c / stride[d]) % tierCount(d) in dimension d. The first
 * dimension varies slowest, so combinations list in the configuration's order.
 */
final class TierSpace {
    final List<DimensionDefinition> dimensions;
    final int[] stride;
    final int size;

    TierSpace(List<DimensionDefinition> dimensions) {
        this.dimensions = List.copyOf(dimensions);
        stride = new int[dimensions.size()];
        int product = 1;
        for (int d = dimensions.size() - 1; d >= 0; d--) {
            stride[d] = product;
            product = Math.multiplyExact(product, dimensions.get(d).tierCount());
        }
        size = product;
    }

    int tier(int combination, int dimension) {
        return (combination / stride[dimension]) % dimensions.get(dimension).tierCount();
    }

    int otherTier(int dimension) {
        return dimensions.get(dimension).tierCount() - 1;
    }

    /** E.g. {@code High_Low_High}. */
    String combo(int combination) {
        StringBuilder name = new StringBuilder();
        for (int d = 0; d < dimensions.size(); d++) {
            if (d > 0) {
                name.append('_');
            }
            name.append(dimensions.get(d).tierName(tier(combination, d)));
        }
        return name.toString();
    }

    /** E.g. {@code AOV_High & Engagement_Low & Profitability_High}. */
    String rule(int combination) {
        StringBuilder rule = new StringBuilder();
        for (int d = 0; d < dimensions.size(); d++) {
            if (d > 0) {
                rule.append(" & ");
            }
            DimensionDefinition dimension = dimensions.get(d);
            rule.append(dimension.name()).append('_').append(dimension.tierName(tier(combination, d)));
        }
        return rule.toString();
    }
}
