package io.segbot.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based marketing actions from a segment's profile, compared with the whole customer base.
 * Rules fire in priority order and at most three actions are kept; every rule reads only the
 * profile, so the same run always gives the same advice.
 */
public final class Recommendations {
    private static final int MAX_ACTIONS = 3;

    private Recommendations() {}

    /**
     * @param overallMonetary mean monetary value over all customers
     * @param overallFrequency mean orders per customer over all customers
     * @param overallRecency mean recency in days over all customers
     */
    public static List<String> forProfile(
            SegmentProfile p, double overallMonetary, double overallFrequency, double overallRecency) {
        List<String> actions = new ArrayList<>();
        boolean valuable = p.avgMonetary() >= overallMonetary;
        boolean lapsing = p.highChurnShare() >= 0.5;
        boolean healthy = p.customers() > 0 && (double) p.churnLow() / p.customers() >= 0.5;
        if (lapsing && valuable) {
            actions.add("Win-back: personal outreach and a time-limited offer to these high-value lapsing customers");
        } else if (lapsing) {
            actions.add(
                    "Reactivation: an automated, low-cost win-back email series; stop paid retargeting for non-responders");
        }
        if (healthy && p.avgMonetary() >= 2 * overallMonetary) {
            actions.add("VIP programme: early access, exclusive benefits and dedicated service");
        }
        if (healthy && p.avgFrequency() >= overallFrequency) {
            actions.add("Loyalty and referral: reward repeat purchases and invite them to refer similar customers");
        }
        if (p.avgFrequency() < 1.5 && p.avgRecencyDays() <= overallRecency) {
            actions.add("Onboarding: a welcome series with a second-purchase incentive");
        }
        if (!lapsing && p.customers() > 0 && (double) p.churnMedium() / p.customers() >= 0.4) {
            actions.add("Re-engagement: personalised recommendations based on past purchases before they lapse");
        }
        if (!valuable && p.avgFrequency() >= overallFrequency) {
            actions.add("Upsell and cross-sell: bundles and premium upgrades to lift order value");
        }
        if (actions.isEmpty()) {
            actions.add("Nurture: a regular newsletter and seasonal offers; watch for movement between segments");
        }
        return List.copyOf(actions.subList(0, Math.min(MAX_ACTIONS, actions.size())));
    }
}
