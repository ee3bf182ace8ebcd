package io.segbot.chat.intent;

import java.util.HashMap;
import java.util.Map;

/**
 * Hand-made word classes the classifier sees as extra features ("k:churn" for churn, attrition,
 * leaving, dormant ...). They let a few hundred training lines cover synonyms the lines never use,
 * the way a gazetteer helps a small tagger.
 */
final class Concepts {
    private Concepts() {}

    static final Map<String, String> OF_WORD = build();

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        put(
                m,
                "churn",
                "churn churns churning churned attrition leave leaving left lose losing lost "
                        + " lapse lapsing lapsed inactive dormant gone retention alive p_alive palive defect "
                        + " defecting quit quitting");
        put(
                m,
                "action",
                "campaign campaigns offer offers promotion promotions promo discount discounts "
                        + " coupon voucher incentive incentives reactivate reengage engage upsell upselling "
                        + " crosssell nurture strategy strategies plan playbook tactics ideas idea recommend "
                        + " recommendation recommendations suggest suggestions messaging email emails "
                        + " newsletter loyalty referral retain win grow");
        put(
                m,
                "why",
                "why reason reasons cause causes explain explains drive drives driving driver "
                        + " drivers behind behaviour behavior habits habit pattern patterns typical "
                        + " typically usually distinguish distinguishes common behave");
        put(
                m,
                "overview",
                "overview summary summarise summarize breakdown rundown all every each snapshot "
                        + " landscape segments clusters segmentation mix split");
        put(
                m,
                "rank",
                "most least highest lowest top bottom best worst biggest largest smallest rank "
                        + " ranking order sort prioritise prioritize priority focus fewest strongest weakest");
        put(
                m,
                "fresh",
                "updated update refresh refreshed fresh stale old date run current latest "
                        + " recalculated computed today yesterday week dataset");
        put(
                m,
                "help",
                "help examples example commands command capabilities use usage guide tutorial "
                        + " start begin new can");
        put(
                m,
                "total",
                "total overall sum average avg mean median kpi kpis headline metrics figures " + " numbers whole base");
        put(
                m,
                "export",
                "list file csv export download extract pull contacts ids spreadsheet send share " + " attach dump");
        put(
                m,
                "compare",
                "compare comparison vs versus difference differ differences against contrast side " + " than");
        put(m, "forget", "forget clear reset wipe erase restart scratch fresh over");
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> map, String concept, String words) {
        for (String word : words.trim().split("\\s+")) {
            map.putIfAbsent(word, concept);
        }
    }
}
