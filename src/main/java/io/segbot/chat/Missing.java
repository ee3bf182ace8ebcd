package io.segbot.chat;

import java.util.Map;

/** "I don't have margin in this data (it holds orders: customer, date, amount)": what is missing, said plainly. */
final class Missing {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("margin", "margin or profit"),
            Map.entry("roi", "ROI"),
            Map.entry("ad_spend", "ad spend"),
            Map.entry("email", "email engagement (opens, clicks)"),
            Map.entry("age", "customer ages"),
            Map.entry("gender", "gender"),
            Map.entry("location", "customer locations"),
            Map.entry("acquisition_cost", "acquisition cost"),
            Map.entry("product", "products or categories"),
            Map.entry("web_traffic", "website traffic"),
            Map.entry("satisfaction", "satisfaction scores (NPS, reviews)"),
            Map.entry("returns", "refunds or returns (negative amounts are left out at import)"));

    private Missing() {}

    static Draft intro(Draft d, String key, RunSnapshot run) {
        boolean orders = run.dataset() == null || run.dataset().kind().equals("transactions");
        d.say("I don't have ")
                .say(NAMES.getOrDefault(key, key.replace('_', ' ')))
                .say(" in this data (it holds ")
                .say(orders ? "orders: customer, date, amount" : "per-customer totals: recency, frequency, spend");
        if (key.equals("margin") || key.equals("roi")) {
            return d.say("; no costs, so no profit),");
        }
        return d.say(").");
    }
}
