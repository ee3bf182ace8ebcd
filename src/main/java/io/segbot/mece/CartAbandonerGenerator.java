package io.segbot.mece;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Mock cart abandoners with the prototype's schema and distributions (see
 * shared/reference/mece-prototype-facts.md), reproducible from a seed and an explicit as-of date.
 *
 * <p>base = asOf − 7 days; cart_abandoned_date = base + uniform{0..7} days, so 1 in 8 users falls on
 * base itself, just outside a 7-day window — as in the prototype, whose universe kept 2,171 of
 * 2,500 users. Scores are rounded to 6 decimals and AOV to cents at generation, so that the table in
 * memory and its CSV hold the same numbers.
 *
 * <p>With campaign history, each user is in treatment with probability 1/2 and converts with a
 * synthetic, documented truth: control rate 0.02 + 0.18 · engagement, treatment rate that times
 * (1 + 0.5 · profitability). Those draws come from a split stream, so the base columns are the same
 * with or without history.
 */
public final class CartAbandonerGenerator {
    static final int WINDOW_SPREAD_DAYS = 7;
    private static final double[] CART_ITEMS = Draws.cumulative(.30, .20, .15, .10, .08, .07, .05, .03, .01, .01);

    private CartAbandonerGenerator() {}

    /**
     * @param users how many rows, ≥ 0
     * @param seed the seed of the only random stream
     * @param asOf the "today" all dates are relative to
     * @param campaignHistory whether to add the {@code group} and {@code converted} columns
     */
    public static CartTable generate(int users, long seed, LocalDate asOf, boolean campaignHistory) {
        Objects.requireNonNull(asOf, "asOf");
        if (users < 0) {
            throw new IllegalArgumentException("users must be ≥ 0, got " + users);
        }
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom campaign = random.split();
        LocalDate base = asOf.minusDays(WINDOW_SPREAD_DAYS);
        int width = Math.max(6, Integer.toString(Math.max(0, users - 1)).length());
        CartTable.Builder table = new CartTable.Builder(users);
        for (int i = 0; i < users; i++) {
            CartAbandoner row = draw(random, base, userId(i, width));
            table.add(campaignHistory ? withCampaign(campaign, row) : row);
        }
        return table.build();
    }

    private static CartAbandoner draw(SplittableRandom random, LocalDate base, String userId) {
        LocalDate abandoned = base.plusDays(random.nextInt(WINDOW_SPREAD_DAYS + 1));
        LocalDate lastOrder = random.nextDouble() < 0.30 ? null : base.minusDays(1 + random.nextInt(364));
        double aov = Math.round(Math.exp(6.5 + 0.8 * Draws.standardNormal(random)) * 10 * 100) / 100.0;
        int sessions = Draws.poisson(random, 8);
        int items = 1 + Draws.categorical(random, CART_ITEMS);
        double engagement = round6(Draws.beta(random, 2, 5));
        double profitability = round6(Draws.beta(random, 3, 3));
        return CartAbandoner.of(userId, abandoned, lastOrder, aov, sessions, items, engagement, profitability);
    }

    private static CartAbandoner withCampaign(SplittableRandom random, CartAbandoner row) {
        boolean treated = random.nextDouble() < 0.5;
        double rate = 0.02 + 0.18 * row.engagementScore();
        if (treated) {
            rate *= 1 + 0.5 * row.profitabilityScore();
        }
        boolean converted = random.nextDouble() < rate;
        return new CartAbandoner(
                row.userId(),
                row.cartAbandonedDate(),
                row.lastOrderDate(),
                row.avgOrderValue(),
                row.sessionsLast30d(),
                row.numCartItems(),
                row.engagementScore(),
                row.profitabilityScore(),
                converted,
                treated ? CampaignGroup.TREATMENT : CampaignGroup.CONTROL);
    }

    static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static String userId(int index, int width) {
        String digits = Integer.toString(index);
        return "user_" + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
