package io.segbot.naming;

import java.util.Locale;

/**
 * How a segment got its name. JURY: the judge (the model, or the rubric in no-model mode) picked
 * a valid proposal. JUDGE_FALLBACK: the model judge failed or its pick failed the checks, and the
 * rubric computed by rules picked among the valid proposals. RULE_BASED: no proposal was valid,
 * so the canonical vocabulary named it.
 */
public enum NamingMethod {
    JURY,
    JUDGE_FALLBACK,
    RULE_BASED;

    /** jury, judge_fallback, rule_based */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
